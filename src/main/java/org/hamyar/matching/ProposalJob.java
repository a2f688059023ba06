package org.hamyar.matching;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Makes the proposals that needs opening and volunteers signing up asked for (match_request). Each request is
 * claimed and answered in one transaction, so a crash leaves it queued; SKIP LOCKED lets instances share the queue.
 * A request whose answer fails is rolled back and tried again with backoff; only after repeated failures is it set
 * aside (kept, counted, never deleted), so a transient database error loses nothing.
 */
@ApplicationScoped
class ProposalJob {

    private static final Logger LOG = Logger.getLogger(ProposalJob.class);
    /**
     * Requests answered per run, one after another (a run that is still going skips the next tick). Each takes a few
     * milliseconds, so a burst of sign-ups is drained at some hundreds a second.
     */
    private static final int PER_RUN = 1000;

    private static final String CLAIM = """
            DELETE FROM match_request WHERE id = (
                SELECT id FROM match_request WHERE failed_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, need_id, volunteer_id
            """;

    /**
     * After the answer's transaction rolled back (the request is back in the queue): one attempt more, the next one
     * after base × 2^(attempts − 1) (at most the maximum), or set aside after the last. SKIP LOCKED: if another
     * instance claimed it meanwhile, that one decides instead.
     */
    private static final String FAILED = """
            UPDATE match_request SET attempts = attempts + 1, last_error = $2,
                next_attempt_at = now() + make_interval(secs => least($3 * power(2, least(attempts, 20)), $4)),
                failed_at = CASE WHEN attempts + 1 >= $5 THEN now() END
            WHERE id = (SELECT id FROM match_request WHERE id = $1 FOR UPDATE SKIP LOCKED)
            RETURNING attempts, failed_at IS NOT NULL
            """;

    private final CandidateRepository needs;
    private final ProposalService proposals;
    private final int perNeed;
    private final int perVolunteer;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final int maxAttempts;

    ProposalJob(CandidateRepository needs, ProposalService proposals,
            @ConfigProperty(name = "hamyar.matching.proposals-per-need") int perNeed,
            @ConfigProperty(name = "hamyar.matching.proposals-per-volunteer") int perVolunteer,
            @ConfigProperty(name = "hamyar.matching.request-backoff-base") Duration backoffBase,
            @ConfigProperty(name = "hamyar.matching.request-backoff-max") Duration backoffMax,
            @ConfigProperty(name = "hamyar.matching.request-max-attempts") int maxAttempts) {
        this.needs = needs;
        this.proposals = proposals;
        this.perNeed = perNeed;
        this.perVolunteer = perVolunteer;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(every = "${hamyar.matching.proposal-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return next(PER_RUN);
    }

    private Uni<Void> next(int left) {
        if (left == 0) {
            return Uni.createFrom().voidItem();
        }
        // The claimed request's key, kept outside the transaction: after a rollback it says which one failed.
        AtomicLong claimed = new AtomicLong(-1);
        return needs.pool().withTransaction(tx -> tx.query(CLAIM).execute().flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(false);
            }
            Row request = rows.iterator().next();
            claimed.set(request.getLong("id"));
            return answer(tx, request).replaceWith(true);
        }))
                .onFailure().recoverWithUni(e -> claimed.get() < 0 ? stopRun(e) : failed(claimed.get(), e))
                .flatMap(more -> more ? next(left - 1) : Uni.createFrom().voidItem());
    }

    private Uni<Void> answer(SqlClient tx, Row request) {
        UUID needId = request.getUUID("need_id");
        if (needId == null) {
            return proposals.forVolunteer(tx, request.getUUID("volunteer_id"), perVolunteer, perNeed).replaceWithVoid();
        }
        return needs.need(tx, needId, true).flatMap(found -> found.isEmpty() || !found.get().open()
                ? Uni.createFrom().voidItem()
                : proposals.propose(tx, found.get(), ProposalService.defaultCount(found.get(), perNeed),
                        ProposalService.SYSTEM).replaceWithVoid());
    }

    /** The queue itself could not be read (the database is down, most likely): this run ends, the next tries. */
    private Uni<Boolean> stopRun(Throwable e) {
        LOG.warnf("Proposal queue unavailable, run ends: %s", errorCode(e));
        return Uni.createFrom().item(false);
    }

    /**
     * Records the failure and goes on with the next request; if even that cannot be written the request is simply
     * still queued, and the run ends so a database that is down is not hammered.
     */
    private Uni<Boolean> failed(long id, Throwable e) {
        String code = errorCode(e);
        return needs.pool().preparedQuery(FAILED)
                .execute(Tuple.of(id, code, seconds(backoffBase), seconds(backoffMax), maxAttempts))
                .map(rows -> {
                    rows.forEach(r -> {
                        if (r.getBoolean(1)) {
                            LOG.errorf("Proposal request %d set aside after %d failed attempts (last: %s)", id,
                                    r.getInteger(0), code);
                        } else {
                            LOG.warnf("Proposal request %d failed (attempt %d, %s), tried again later", id,
                                    r.getInteger(0), code);
                        }
                    });
                    return true;
                })
                .onFailure().recoverWithUni(again -> stopRun(again));
    }

    /** What is logged and stored of a failure: the SQLSTATE or the exception's class, never its message. */
    static String errorCode(Throwable e) {
        return e instanceof PgException pg && pg.getSqlState() != null ? "SQLSTATE " + pg.getSqlState()
                : e.getClass().getSimpleName();
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
