package org.hamyar.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Purges delivered messages after {@code hamyar.outbox.delivered-retention} and messages given up on after
 * {@code hamyar.outbox.failed-retention} (they stay listable and replayable until then). In batches, so a purge
 * never holds many row locks or one long transaction; the delivered ones' payloads are the bulk of the table.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    private static final int BATCH = 5000;
    private static final String PURGE = """
            DELETE FROM outbox WHERE id IN (
                (SELECT id FROM outbox WHERE delivered_at < now() - make_interval(secs => $1) LIMIT $3)
                UNION ALL
                (SELECT id FROM outbox WHERE delivered_at IS NULL AND failed_at < now() - make_interval(secs => $2)
                 LIMIT $3))
            """;

    private final Pool pool;
    private final Duration delivered;
    private final Duration failed;

    OutboxRetention(Pool pool, OutboxConfig config) {
        this.pool = pool;
        this.delivered = config.deliveredRetention();
        this.failed = config.failedRetention();
    }

    @Scheduled(every = "${hamyar.outbox.purge-interval}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeOnSchedule() {
        return purge().replaceWithVoid();
    }

    /** Returns how many messages were purged. */
    public Uni<Long> purge() {
        return batch(0).invoke(n -> {
            if (n > 0) {
                LOG.infof("Outbox: %d delivered or given-up messages purged", n);
            }
        });
    }

    private Uni<Long> batch(long sofar) {
        return pool.preparedQuery(PURGE)
                .execute(Tuple.of(delivered.toMillis() / 1000.0, failed.toMillis() / 1000.0, BATCH))
                .flatMap(rows -> rows.rowCount() < BATCH ? Uni.createFrom().item(sofar + rows.rowCount())
                        : batch(sofar + rows.rowCount()));
    }
}
