package org.hamyar.auth;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.ProblemType;
import org.hamyar.security.Region;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Staff (and the national administrator) log in with a user name and an Argon2id-hashed password. A disabled
 * account, or one whose password has not been set yet, fails like a wrong password. After {@code max-failures} wrong attempts
 * the user
 * name is locked for {@code lockout}, whether or not an account has it, so a lockout reveals nothing. Each attempt
 * is counted before its password is checked, so parallel guesses cannot all be checked before the lock is set.
 */
@ApplicationScoped
public class StaffLogin {

    /** The body of {@code POST /api/v1/auth/staff/login}. */
    public record Request(String username, String password) {
    }

    static final int MAX_USERNAME = 100;
    static final int MAX_PASSWORD = 256;

    private static final String ACCOUNT = """
            SELECT id, display_name, password_hash, organisation_id, region_province, region_county, role
            FROM staff_account WHERE username = $1 AND disabled_at IS NULL
            """;

    /**
     * Reserves one attempt before the password is checked, in one statement: the row lock of the upsert orders
     * racing attempts, so however many arrive at once only {@code max-failures} get a row back (and so a check)
     * per lockout. The attempt that takes the last one sets the lockout; a success deletes the row. No row back:
     * locked. Attempts older than the lockout without a lockout are forgotten ($5 is now minus the lockout).
     */
    private static final String RESERVE = """
            INSERT INTO staff_login_failure AS f (username, failures, locked_until, updated_at)
            VALUES ($1, 1, CASE WHEN $3::integer <= 1 THEN $4::timestamptz END, $2::timestamptz)
            ON CONFLICT (username) DO UPDATE SET
                failures = CASE WHEN f.locked_until <= $2 OR (f.locked_until IS NULL AND f.updated_at <= $5) THEN 1
                                ELSE f.failures + 1 END,
                locked_until = CASE
                    WHEN f.locked_until <= $2 OR (f.locked_until IS NULL AND f.updated_at <= $5)
                        THEN CASE WHEN $3::integer <= 1 THEN $4::timestamptz END
                    WHEN f.failures + 1 >= $3 THEN $4
                    ELSE f.locked_until END,
                updated_at = $2
            WHERE f.failures < $3 OR f.locked_until <= $2 OR (f.locked_until IS NULL AND f.updated_at <= $5)
            RETURNING failures
            """;

    private final Pool pool;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final int maxFailures;
    private final Duration lockout;

    StaffLogin(Pool pool, PasswordHasher hasher, TokenIssuer tokens,
            @ConfigProperty(name = "hamyar.staff-login.max-failures", defaultValue = "5") int maxFailures,
            @ConfigProperty(name = "hamyar.staff-login.lockout", defaultValue = "15m") Duration lockout) {
        this.pool = pool;
        this.hasher = hasher;
        this.tokens = tokens;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public Uni<TokenResponse> login(Request request) {
        String username = validate(request);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return pool.preparedQuery(RESERVE)
                .execute(Tuple.of(username, now, maxFailures, now.plus(lockout), now.minus(lockout)))
                .flatMap(reserved -> reserved.rowCount() == 0 ? locked(username, now)
                        : pool.preparedQuery(ACCOUNT).execute(Tuple.of(username)))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next())
                .flatMap(account -> checkPassword(request.password(), account)
                        .map(ok -> ok ? account : null))
                .flatMap(account -> account != null ? succeeded(username, account) : failed());
    }

    /** Answers 429 with the time left; the attempt was not counted and its password not looked at. */
    private <T> Uni<T> locked(String username, OffsetDateTime now) {
        return pool.preparedQuery("SELECT locked_until FROM staff_login_failure WHERE username = $1")
                .execute(Tuple.of(username))
                .map(rows -> {
                    OffsetDateTime until = rows.size() == 0 ? null : rows.iterator().next().getOffsetDateTime(0);
                    long wait = until == null || !until.isAfter(now) ? 1 : Duration.between(now, until).toSeconds() + 1;
                    throw ApiException.tooManyRequests(wait);
                });
    }

    private Uni<Boolean> checkPassword(String password, Row account) {
        String hash = account == null ? null : account.getString(2);
        return Uni.createFrom().item(() -> hasher.matches(password, hash))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<TokenResponse> succeeded(String username, Row account) {
        return pool.preparedQuery("DELETE FROM staff_login_failure WHERE username = $1").execute(Tuple.of(username))
                .map(x -> "ADMIN".equals(account.getString(6)) ? tokens.admin(account.getUUID(0), account.getString(1))
                        : tokens.staff(account.getUUID(0), account.getString(1), account.getLong(3),
                                Region.of(account.getString(4), account.getInteger(5))));
    }

    /** The attempt was counted when it was reserved. */
    private static Uni<TokenResponse> failed() {
        return Uni.createFrom().failure(new ApiException(ProblemType.INVALID_CREDENTIALS));
    }

    private static String validate(Request request) {
        List<FieldViolation> violations = new ArrayList<>();
        String username = request == null ? null : request.username();
        String password = request == null ? null : request.password();
        if (username == null || username.isBlank()) {
            violations.add(new FieldViolation("username", "required"));
        } else if (username.length() > MAX_USERNAME) {
            violations.add(new FieldViolation("username", "too-long"));
        }
        if (password == null || password.isEmpty()) {
            violations.add(new FieldViolation("password", "required"));
        } else if (password.length() > MAX_PASSWORD) {
            violations.add(new FieldViolation("password", "too-long"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
