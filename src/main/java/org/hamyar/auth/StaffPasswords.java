package org.hamyar.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;
import org.hamyar.common.Digests;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.StrictText;
import org.hamyar.common.Timestamps;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One-time set-password links for staff accounts. The administrator never chooses a password: a new or reset
 * account gets a link by SMS, and its holder sets the password with the link's token. Only the SHA-256 of the
 * 256-bit token is stored (it is random, so a slow hash would add nothing); a link expires, works once, and a newer
 * link replaces an older one. Writes {@code staff_account.password_hash}: credentials are this package's business.
 */
@ApplicationScoped
public class StaffPasswords {

    /** The body of {@code POST /api/v1/auth/staff/password}. */
    public record Request(String token, String password) {
    }

    static final int MIN_PASSWORD = 12;
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN = 100;

    private static final String ISSUE = """
            INSERT INTO staff_password_link (staff_id, token_sha256, expires_at) VALUES ($1, $2, $3)
            ON CONFLICT (staff_id) DO UPDATE SET token_sha256 = excluded.token_sha256, expires_at = excluded.expires_at
            """;
    /** Spends the link and sets the password in one statement; an expired link or a disabled account sets nothing. */
    private static final String SPEND = """
            WITH spent AS (
                DELETE FROM staff_password_link WHERE token_sha256 = $1 RETURNING staff_id, expires_at
            )
            UPDATE staff_account a SET password_hash = $2
            FROM spent WHERE a.id = spent.staff_id AND spent.expires_at > $3 AND a.disabled_at IS NULL
            RETURNING a.id, a.display_name, a.organisation_id
            """;

    private final Pool pool;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    StaffPasswords(Pool pool, PasswordHasher hasher, AuditLog audit,
            @ConfigProperty(name = "hamyar.staff-password.link-ttl", defaultValue = "24h") Duration ttl) {
        this.pool = pool;
        this.hasher = hasher;
        this.audit = audit;
        this.ttl = ttl;
    }

    public Duration ttl() {
        return ttl;
    }

    /** A new link for the account, through the caller's transaction; returns the token to send (never stored). */
    public Uni<String> issue(SqlClient tx, UUID staffId) {
        byte[] raw = new byte[TOKEN_BYTES];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return tx.preparedQuery(ISSUE).execute(Tuple.of(staffId, Buffer.buffer(hash(token)),
                Timestamps.now().plus(ttl))).replaceWith(token);
    }

    /** Voids any link the account has (on disabling it). */
    public Uni<Void> revoke(SqlClient tx, UUID staffId) {
        return tx.preparedQuery("DELETE FROM staff_password_link WHERE staff_id = $1").execute(Tuple.of(staffId))
                .replaceWithVoid();
    }

    /** Sets the password of the link's account; 400 naming {@code token} for a wrong, used or expired link. */
    public Uni<Void> set(Request request) {
        validate(request);
        OffsetDateTime now = Timestamps.now();
        return Uni.createFrom().item(() -> hasher.hash(request.password()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(passwordHash -> pool.withTransaction(tx -> tx.preparedQuery(SPEND)
                        .execute(Tuple.of(Buffer.buffer(hash(request.token())), passwordHash, now))
                        .flatMap(rows -> {
                            if (rows.size() == 0) {
                                throw ApiException.invalid("token", "set-password-link");
                            }
                            var r = rows.iterator().next();
                            Actor self = new Actor(Actor.Kind.STAFF, r.getUUID(0).toString(), r.getString(1),
                                    r.getLong(2));
                            return audit.record(tx, new AuditEntry(self, "staff.set-password", "staff_account",
                                    r.getUUID(0).toString(), null, null));
                        })))
                .replaceWithVoid();
    }

    private static byte[] hash(String token) {
        return Digests.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    private static void validate(Request request) {
        List<FieldViolation> violations = new ArrayList<>();
        String token = request == null ? null : request.token();
        String password = request == null ? null : request.password();
        if (token == null || token.isBlank()) {
            violations.add(new FieldViolation("token", "required"));
        } else if (token.length() > MAX_TOKEN || !StrictText.singleLine(token)) {
            violations.add(new FieldViolation("token", "set-password-link"));
        }
        if (password == null || password.isEmpty()) {
            violations.add(new FieldViolation("password", "required"));
        } else if (password.length() > StaffLogin.MAX_PASSWORD) {
            violations.add(new FieldViolation("password", "too-long"));
        } else if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            violations.add(new FieldViolation("password", "too-short"));
        } else if (!StrictText.storable(password)) {
            violations.add(new FieldViolation("password", "text"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }
}
