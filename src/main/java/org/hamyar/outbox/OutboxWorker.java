package org.hamyar.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.All;
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
                WHERE channel = $3 AND delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
            )
            UPDATE outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
            FROM due WHERE o.id = due.id
            RETURNING o.id, o.channel, coalesce(o.volunteer_id, o.subscription_id), o.event_type, o.payload::text,
                      o.attempts, o.created_at
            """;

    private static final String DELIVERED = "UPDATE outbox SET delivered_at = now(), last_error = $2 WHERE id = $1";

    private static final String RETRY_LATER = """
            UPDATE outbox SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3),
                failed_at = CASE WHEN attempts >= $4 THEN now() END
            WHERE id = $1
            """;

    private final Pool pool;
    private final OutboxConfig config;
    private final Map<Outbox.Channel, OutboxChannel> channels = new EnumMap<>(Outbox.Channel.class);
    private final OutboxMetrics metrics;

    OutboxWorker(Pool pool, OutboxConfig config, @All List<OutboxChannel> channels, OutboxMetrics metrics) {
        this.metrics = metrics;
        this.pool = pool;
        this.config = config;
        channels.forEach(c -> this.channels.put(c.channel(), c));
    }

    /**
     * Each channel has its own rounds: a round waits for its slowest send, and a partner's slow or unreachable
     * webhook endpoint must not hold back a citizen's text message.
     */
    @Scheduled(every = "${hamyar.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverSms() {
        return deliverDue(Outbox.Channel.SMS);
    }

    @Scheduled(every = "${hamyar.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverWebhooks() {
        return deliverDue(Outbox.Channel.WEBHOOK);
    }

    Uni<Void> deliverDue(Outbox.Channel channel) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(config.batchSize(), seconds(config.lease()), channel.name()))
                .flatMap(rows -> {
                    // One recipient's messages go one after another, oldest first (a "you are on the waitlist"
                    // must not arrive after "your place is confirmed"); different recipients are sent at once.
                    Map<java.util.UUID, List<OutboxMessage>> byRecipient = new LinkedHashMap<>();
                    List<OutboxMessage> claimed = new ArrayList<>();
                    rows.forEach(r -> claimed.add(message(r)));
                    claimed.sort(Comparator.comparing(OutboxMessage::createdAt));
                    claimed.forEach(m -> byRecipient.computeIfAbsent(m.recipientId(), k -> new ArrayList<>()).add(m));
                    List<Uni<Void>> sends = new ArrayList<>();
                    byRecipient.values().forEach(queue -> sends.add(inOrder(queue)));
                    return sends.isEmpty() ? Uni.createFrom().voidItem()
                            : Uni.join().all(sends).andCollectFailures().replaceWithVoid();
                })
                .onFailure().invoke(e -> LOG.warnf("Outbox delivery round failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> inOrder(List<OutboxMessage> queue) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (OutboxMessage m : queue) {
            chain = chain.flatMap(x -> deliver(m));
        }
        return chain;
    }

    private Uni<Void> deliver(OutboxMessage m) {
        OutboxChannel channel = channels.get(m.channel());
        Uni<OutboxChannel.Delivery> sent = channel == null
                ? Uni.createFrom().failure(new IllegalStateException("no channel " + m.channel()))
                : Uni.createFrom().deferred(() -> channel.deliver(m));
        return sent
                .flatMap(outcome -> pool.preparedQuery(DELIVERED).execute(Tuple.of(m.id(),
                        outcome == OutboxChannel.Delivery.NOT_SENT ? "not sent: no recipient" : null))
                        .replaceWithVoid())
                .onFailure().recoverWithUni(e -> {
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    LOG.debugf("Outbox %s %s attempt %d failed: %s", m.channel(), m.id(), m.attempts(), why);
                    metrics.failed(m.channel());
                    return pool.preparedQuery(RETRY_LATER).execute(Tuple.of(m.id(), why,
                            seconds(backoff(m.attempts())), config.maxAttempts())).replaceWithVoid();
                });
    }

    private static OutboxMessage message(Row r) {
        return new OutboxMessage(r.getUUID(0), Outbox.Channel.valueOf(r.getString(1)), r.getUUID(2), r.getString(3),
                r.getString(4), r.getInteger(5), r.getOffsetDateTime(6));
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
