package org.hamyar.common;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * {@code Idempotency-Key} for every create, in one place. The same caller with the same key and the same body gets
 * the first answer again; with another body, 422. The create writes the key's record in its own transaction (or
 * its own single statement), so a key is never stored without its effect, nor the effect without its key.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final int MAX_KEY_LENGTH = 200;
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * A create asked for under a key, its body fingerprinted; {@link #NONE} when the request carried no key. The
     * create passes it to {@link #remember} or, writing in one statement, binds its fields to the columns that
     * {@link #insertFrom} reads.
     */
    public record Attempt(String scope, String key, byte[] requestHash) {

        public boolean keyed() {
            return key != null;
        }
    }

    public static final Attempt NONE = new Attempt(null, null, null);

    private record Stored(byte[] requestHash, String location, String body) {
    }

    private final Pool pool;
    private final ObjectMapper json;
    private final Duration retention;

    IdempotencyKeys(Pool pool, ObjectMapper json,
            @ConfigProperty(name = "hamyar.idempotency.retention") Duration retention) {
        this.pool = pool;
        this.json = json;
        this.retention = retention;
    }

    /**
     * Runs {@code create} at most once per caller and key. {@code operation} names the endpoint, {@code caller} is
     * null for an anonymous one; a retry that races the first request is answered as the first was.
     */
    public <T> Uni<Created<T>> once(String operation, Actor caller, String key, Object request, Class<T> type,
            Function<Attempt, Uni<Created<T>>> create) {
        checkKey(key);
        if (key == null) {
            return create.apply(NONE);
        }
        Attempt attempt = new Attempt(scope(operation, caller), key,
                Digests.sha256(Json.write(json, request).getBytes(StandardCharsets.UTF_8)));
        return find(attempt).flatMap(prior -> prior.isPresent()
                ? Uni.createFrom().item(replay(prior.get(), attempt, type))
                : create.apply(attempt).onFailure(IdempotencyKeys::uniqueViolation)
                        .recoverWithUni(e -> find(attempt).map(raced -> replay(
                                raced.orElseThrow(() -> (RuntimeException) e), attempt, type))));
    }

    /** Stores the answer to a keyed create in the create's transaction; nothing for an attempt without a key. */
    public Uni<Void> remember(SqlClient tx, Attempt attempt, Created<?> created) {
        if (!attempt.keyed()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                INSERT INTO idempotency_key (scope, key, request_hash, status, location, body)
                VALUES ($1, $2, $3, 201, $4, $5::text::jsonb)""")
                .execute(Tuple.of(attempt.scope(), attempt.key(), Buffer.buffer(attempt.requestHash()),
                        created.location(), Json.write(json, created.value())))
                .replaceWithVoid();
    }

    /**
     * For a create written as one statement: stores the record of each row of {@code source} that has a key.
     * {@code source} (a CTE) has the columns {@code idempotency_scope}, {@code idempotency_key}, {@code request_hash},
     * {@code location} and {@code body} (jsonb).
     */
    public static String insertFrom(String source) {
        return """
                INSERT INTO idempotency_key (scope, key, request_hash, status, location, body)
                SELECT idempotency_scope, idempotency_key, request_hash, 201, location, body
                FROM %s WHERE idempotency_key IS NOT NULL""".formatted(source);
    }

    public static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw ApiException.invalid("Idempotency-Key", key.isBlank() ? "required" : "too-long");
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeExpired() {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .replaceWithVoid();
    }

    private static String scope(String operation, Actor caller) {
        return caller == null || caller.id() == null ? operation
                : operation + " " + caller.kind() + ":" + caller.id();
    }

    private Uni<Optional<Stored>> find(Attempt attempt) {
        return pool.preparedQuery(
                "SELECT request_hash, location, body::text FROM idempotency_key WHERE scope = $1 AND key = $2")
                .execute(Tuple.of(attempt.scope(), attempt.key()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional.of(new Stored(r.getBuffer(0).getBytes(), r.getString(1), r.getString(2)));
                });
    }

    private <T> Created<T> replay(Stored prior, Attempt attempt, Class<T> type) {
        if (!Arrays.equals(prior.requestHash(), attempt.requestHash())) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSE);
        }
        return new Created<>(prior.location(), Json.read(json, prior.body(), type));
    }

    /** A concurrent request may have stored the key first (or made what this one tried to make): look again. */
    private static boolean uniqueViolation(Throwable e) {
        return e instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
    }
}
