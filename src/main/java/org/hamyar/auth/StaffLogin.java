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
 * Staff log in with a user name and an Argon2id-hashed password. After {@code max-failures} wrong attempts the user
 * name is locked for {@code lockout}, whether or not an account has it, so a lockout reveals nothing.
 */
@ApplicationScoped
public class StaffLogin {

    /** The body of {@code POST /api/v1/auth/staff/login}. */
    public record Request(String username, String password) {
    }

    static final int MAX_USERNAME = 100;
    static final int MAX_PASSWORD = 256;

    private static final String ACCOUNT = """
            SELECT id, display_name, password_hash, organisation_id, region_province, region_county
            FROM staff_account WHERE username = $1
            """;

    private static final String FAILED = """
            INSERT INTO staff_login_failure (username, failures, locked_until, updated_at) VALUES ($1, 1, NULL, $2)
            ON CONFLICT (username) DO UPDATE SET
                failures = CASE WHEN staff_login_failure.failures + 1 >= $3 THEN 0
                                ELSE staff_login_failure.failures + 1 END,
                locked_until = CASE WHEN staff_login_failure.failures + 1 >= $3 THEN $4
                                    ELSE staff_login_failure.locked_until END,
                updated_at = $2
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
        return pool.preparedQuery("SELECT locked_until FROM staff_login_failure WHERE username = $1")
                .execute(Tuple.of(username))
                .invoke(rows -> {
                    OffsetDateTime lockedUntil = rows.size() == 0 ? null : rows.iterator().next().getOffsetDateTime(0);
                    if (lockedUntil != null && lockedUntil.isAfter(now)) {
                        throw ApiException.tooManyRequests(Duration.between(now, lockedUntil).toSeconds() + 1);
                    }
                })
                .flatMap(x -> pool.preparedQuery(ACCOUNT).execute(Tuple.of(username)))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next())
                .flatMap(account -> checkPassword(request.password(), account)
                        .flatMap(ok -> ok ? succeeded(username, account) : failed(username, now)));
    }

    private Uni<Boolean> checkPassword(String password, Row account) {
        String hash = account == null ? null : account.getString(2);
        return Uni.createFrom().item(() -> hasher.matches(password, hash))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<TokenResponse> succeeded(String username, Row account) {
        return pool.preparedQuery("DELETE FROM staff_login_failure WHERE username = $1").execute(Tuple.of(username))
                .map(x -> tokens.staff(account.getUUID(0), account.getString(1), account.getLong(3),
                        Region.of(account.getString(4), account.getInteger(5))));
    }

    private Uni<TokenResponse> failed(String username, OffsetDateTime now) {
        return pool.preparedQuery(FAILED).execute(Tuple.of(username, now, maxFailures, now.plus(lockout)))
                .map(x -> {
                    throw new ApiException(ProblemType.INVALID_CREDENTIALS);
                });
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
