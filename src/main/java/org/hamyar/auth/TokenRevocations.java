package org.hamyar.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Tokens ended before their expiry (a log-out): kept by id until they would have expired anyway. */
@ApplicationScoped
public class TokenRevocations {

    private final Pool pool;

    TokenRevocations(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> revoke(String jti, Instant expiresAt) {
        return pool.preparedQuery("INSERT INTO revoked_token (jti, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(jti, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))).replaceWithVoid();
    }

    public Uni<Boolean> revoked(String jti) {
        return pool.preparedQuery("SELECT 1 FROM revoked_token WHERE jti = $1").execute(Tuple.of(jti))
                .map(rows -> rows.size() > 0);
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return pool.preparedQuery("DELETE FROM revoked_token WHERE expires_at < now()").execute().replaceWithVoid();
    }
}
