package org.hamyar.outbox;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.hamyar.common.Json;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.sms.SmsGateway;
import org.hamyar.sms.SmsGatewayProducer;
import org.hamyar.webhook.WebhookSender;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Sends what the outbox holds. A message is claimed under a lease (SKIP LOCKED, so several instances share the
 * work), sent outside any transaction, then marked delivered, or given a later try with exponential backoff until
 * the last attempt. A crash between sending and marking sends it again with the same event id: at least once, and
 * a receiver that deduplicates by event id sees it once.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private static final String CLAIM = """
            WITH due AS (
                SELECT id FROM outbox
                WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
            ), claimed AS (
                UPDATE outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
                FROM due WHERE o.id = due.id
                RETURNING o.id, o.channel, o.volunteer_id, o.subscription_id, o.event_type, o.payload::text,
                          o.attempts, o.created_at
            )
            SELECT c.*, s.url, s.secret_enc, v.mobile_enc
            FROM claimed c LEFT JOIN webhook_subscription s ON s.id = c.subscription_id
                           LEFT JOIN volunteer v ON v.id = c.volunteer_id
            """;

    private static final String DELIVERED = "UPDATE outbox SET delivered_at = now(), last_error = NULL WHERE id = $1";

    private static final String RETRY_LATER = """
            UPDATE outbox SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3),
                failed_at = CASE WHEN attempts >= $4 THEN now() END
            WHERE id = $1
            """;

    private final Pool pool;
    private final OutboxConfig config;
    private final SmsGateway sms;
    private final WebhookSender webhooks;
    private final PersonalDataCrypto crypto;
    private final ObjectMapper json;

    OutboxWorker(Pool pool, OutboxConfig config, @Named(SmsGatewayProducer.CONFIGURED) SmsGateway sms,
            WebhookSender webhooks, PersonalDataCrypto crypto, ObjectMapper json) {
        this.pool = pool;
        this.config = config;
        this.sms = sms;
        this.webhooks = webhooks;
        this.crypto = crypto;
        this.json = json;
    }

    @Scheduled(every = "${hamyar.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverDue() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize(), seconds(config.lease())))
                .flatMap(rows -> {
                    List<Uni<Void>> sends = new ArrayList<>();
                    rows.forEach(r -> sends.add(deliver(r)));
                    return sends.isEmpty() ? Uni.createFrom().voidItem()
                            : Uni.join().all(sends).andCollectFailures().replaceWithVoid();
                })
                .onFailure().invoke(e -> LOG.warnf("Outbox delivery round failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> deliver(Row r) {
        String id = r.getUUID("id").toString();
        int attempts = r.getInteger("attempts");
        return send(r, id)
                .flatMap(x -> pool.preparedQuery(DELIVERED).execute(Tuple.of(r.getUUID("id"))).replaceWithVoid())
                .onFailure().recoverWithUni(e -> {
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    LOG.debugf("Outbox %s %s attempt %d failed: %s", r.getString("channel"), id, attempts, why);
                    return pool.preparedQuery(RETRY_LATER).execute(Tuple.of(r.getUUID("id"), why,
                            seconds(backoff(attempts)), config.maxAttempts())).replaceWithVoid();
                });
    }

    private Uni<Void> send(Row r, String id) {
        String payload = r.getString("payload");
        if ("SMS".equals(r.getString("channel"))) {
            if (r.getBuffer("mobile_enc") == null) {
                return Uni.createFrom().failure(new IllegalStateException("recipient erased"));
            }
            String mobile = crypto.decrypt(r.getBuffer("mobile_enc").getBytes());
            return sms.send(mobile, tree(payload).get("text").asText());
        }
        ObjectNode body = json.createObjectNode();
        body.put("id", id);
        body.put("type", r.getString("event_type"));
        body.put("occurredAt", r.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC).toString());
        body.set("data", tree(payload));
        String secret = crypto.decrypt(r.getBuffer("secret_enc").getBytes());
        return webhooks.send(r.getString("url"), secret, id, r.getString("event_type"), Json.write(json, body));
    }

    private JsonNode tree(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored outbox payload is not JSON", e);
        }
    }

    /** base × 2^(attempt − 1), at most the configured maximum. */
    Duration backoff(int attempts) {
        Duration wait = config.backoffBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : wait;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
