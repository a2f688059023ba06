package org.hamyar.matching;

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
import io.vertx.mutiny.sqlclient.Row;

/**
 * Proposals made, moves between statuses and the proposal queue, for /q/metrics. Labels are origins and statuses
 * (fixed lists); no need, match or volunteer id. Moves are counted as they are written, in their transaction.
 */
@Startup
@ApplicationScoped
class MatchMetrics {

    private static final Logger LOG = Logger.getLogger(MatchMetrics.class);
    private static final String QUEUE = """
            SELECT count(*) FILTER (WHERE failed_at IS NULL), count(*) FILTER (WHERE failed_at IS NOT NULL),
                   coalesce(extract(epoch FROM now() - min(requested_at) FILTER (WHERE failed_at IS NULL)), 0)
            FROM match_request
            """;

    private final MeterRegistry registry;
    private final Pool pool;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    MatchMetrics(MeterRegistry registry, Pool pool) {
        this.registry = registry;
        this.pool = pool;
        for (String origin : new String[] { "AUTOMATIC", "MANUAL" }) {
            proposals(origin);
        }
        Gauge.builder("hamyar.proposal.requests.pending", pending, AtomicLong::get)
                .description("Proposal requests queued or waiting for a retry").register(registry);
        Gauge.builder("hamyar.proposal.requests.set.aside", setAside, AtomicLong::get)
                .description("Proposal requests set aside after their last failed attempt").register(registry);
        Gauge.builder("hamyar.proposal.requests.oldest.age", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest proposal request not set aside").register(registry);
    }

    void proposed(String origin, int count) {
        if (count > 0) {
            proposals(origin).increment(count);
        }
    }

    void moved(MatchStatus from, MatchStatus to) {
        Counter.builder("hamyar.match.transitions").description("Matches moved between statuses")
                .tag("from", from == null ? "NONE" : from.name()).tag("to", to.name()).register(registry).increment();
    }

    private Counter proposals(String origin) {
        return Counter.builder("hamyar.proposals").description("Matches proposed, by origin").tag("origin", origin)
                .register(registry);
    }

    /** Read from the database on a schedule, not on each scrape: a scrape must not wait for a query. */
    @Scheduled(every = "${hamyar.metrics.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return pool.query(QUEUE).execute().invoke(rows -> {
            Row r = rows.iterator().next();
            pending.set(r.getLong(0));
            setAside.set(r.getLong(1));
            oldestSeconds.set(Math.round(r.getDouble(2)));
        }).onFailure().invoke(e -> LOG.debugf("Proposal queue metrics not read: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
