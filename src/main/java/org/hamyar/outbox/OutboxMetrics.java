package org.hamyar.outbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The outbox for /q/metrics, by channel (SMS, WEBHOOK): messages waiting, the age of the oldest one waiting,
 * those given up on, and failed attempts. Never a recipient, a number or a URL in a label.
 */
@Startup
@ApplicationScoped
class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    /** One row per channel, also with nothing queued (the partial index serves the undelivered rows). */
    private static final String BACKLOG = """
            SELECT c.channel, count(o.id) FILTER (WHERE o.failed_at IS NULL),
                   coalesce(extract(epoch FROM now() - min(o.created_at) FILTER (WHERE o.failed_at IS NULL)), 0),
                   count(o.id) FILTER (WHERE o.failed_at IS NOT NULL)
            FROM (VALUES ('SMS'), ('WEBHOOK')) AS c(channel)
            LEFT JOIN outbox o ON o.channel = c.channel AND o.delivered_at IS NULL
            GROUP BY c.channel
            """;

    private final Pool pool;
    private final Map<Outbox.Channel, AtomicLong[]> values = new EnumMap<>(Outbox.Channel.class);
    private final Map<Outbox.Channel, Counter> failures = new EnumMap<>(Outbox.Channel.class);

    OutboxMetrics(MeterRegistry registry, Pool pool) {
        this.pool = pool;
        for (Outbox.Channel channel : Outbox.Channel.values()) {
            AtomicLong[] v = { new AtomicLong(), new AtomicLong(), new AtomicLong() };
            values.put(channel, v);
            String tag = channel.name();
            Gauge.builder("hamyar.outbox.backlog", v[0], AtomicLong::get).tag("channel", tag)
                    .description("Messages waiting to be delivered (not given up on)").register(registry);
            Gauge.builder("hamyar.outbox.oldest.age", v[1], AtomicLong::get).tag("channel", tag).baseUnit("seconds")
                    .description("Age of the oldest message waiting to be delivered").register(registry);
            Gauge.builder("hamyar.outbox.set.aside", v[2], AtomicLong::get).tag("channel", tag)
                    .description("Messages given up on after their last attempt, not yet purged").register(registry);
            failures.put(channel, Counter.builder("hamyar.outbox.delivery.failures").tag("channel", tag)
                    .description("Delivery attempts that failed (SMS provider or webhook receiver)").register(registry));
        }
    }

    void failed(Outbox.Channel channel) {
        failures.get(channel).increment();
    }

    /** Read from the database on a schedule, not on each scrape: a scrape must not wait for a query. */
    @Scheduled(every = "${hamyar.metrics.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return pool.query(BACKLOG).execute().invoke(rows -> rows.forEach(r -> {
            AtomicLong[] v = values.get(Outbox.Channel.valueOf(r.getString(0)));
            v[0].set(r.getLong(1));
            v[1].set(Math.round(r.getDouble(2)));
            v[2].set(r.getLong(3));
        })).onFailure().invoke(e -> LOG.debugf("Outbox metrics not read: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
