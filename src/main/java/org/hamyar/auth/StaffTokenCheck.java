package org.hamyar.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hamyar.common.Ids;
import org.hamyar.security.Roles;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A staff or administrator token stops working when its account is disabled or reset, not only when it expires (up
 * to an hour later): each request with one looks the account up (one indexed read; staff are few beside citizens).
 * Tokens whose subject is no account of this service (another issuer's) are left to their own expiry.
 * Second precision: a token issued in the same second as the disabling, before it, still works.
 */
@ApplicationScoped
public class StaffTokenCheck implements SecurityIdentityAugmentor {

    private static final String ENDED = """
            SELECT disabled_at IS NOT NULL OR tokens_valid_after IS NOT NULL
                   AND $2 < date_trunc('second', tokens_valid_after)
            FROM staff_account WHERE id = $1
            """;

    private final Pool pool;

    StaffTokenCheck(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !(identity.hasRole(Roles.STAFF) || identity.hasRole(Roles.ADMIN))) {
            return Uni.createFrom().item(identity);
        }
        return ended(token).map(ended -> {
            if (ended) {
                throw new AuthenticationFailedException();
            }
            return identity;
        });
    }

    /** Whether the account this staff or administrator token was given to has been disabled or reset since. */
    public Uni<Boolean> ended(JsonWebToken token) {
        UUID account = Ids.parseOrNull(token.getSubject());
        if (account == null) {
            return Uni.createFrom().item(false);
        }
        OffsetDateTime issued = OffsetDateTime.ofInstant(Instant.ofEpochSecond(token.getIssuedAtTime()),
                ZoneOffset.UTC);
        return pool.preparedQuery(ENDED).execute(Tuple.of(account, issued))
                .map(rows -> rows.size() > 0 && Boolean.TRUE.equals(rows.iterator().next().getBoolean(0)));
    }
}
