package org.hamyar.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The answers first given to requests that carried an {@code Idempotency-Key}. Rows are written by the feature's
 * own insert, in the same statement as the change, so a key is never stored without its effect or the reverse.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final int MAX_KEY_LENGTH = 200;

    /** A stored answer; {@code requestHash} tells a true retry from a reuse of the key with another body. */
    public record StoredResponse(byte[] requestHash, int status, String location, String body) {

        public boolean sameRequest(byte[] hash) {
            return Arrays.equals(requestHash, hash);
        }
    }

    private final Pool pool;
    private final Duration retention;

    IdempotencyKeys(Pool pool, @ConfigProperty(name = "hamyar.idempotency.retention") Duration retention) {
        this.pool = pool;
        this.retention = retention;
    }

    public static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw ApiException.invalid("Idempotency-Key", key.isBlank() ? "required" : "too-long");
        }
    }

    public static byte[] sha256(byte[] canonicalRequest) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalRequest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Uni<Optional<StoredResponse>> find(String scope, String key) {
        return pool.preparedQuery(
                "SELECT request_hash, status, location, body::text FROM idempotency_key WHERE scope = $1 AND key = $2")
                .execute(Tuple.of(scope, key))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toStored(rows.iterator().next())));
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeExpired() {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .replaceWithVoid();
    }

    private static StoredResponse toStored(Row row) {
        return new StoredResponse(row.getBuffer(0).getBytes(), row.getInteger(1), row.getString(2), row.getString(3));
    }
}
