package org.hamyar.matching;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Makes the proposals that needs opening and volunteers signing up asked for (match_request). Each request is
 * claimed and answered in one transaction, so a crash leaves it queued; SKIP LOCKED lets instances share the queue.
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
            DELETE FROM match_request WHERE ctid = (
                SELECT ctid FROM match_request ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING need_id, volunteer_id
            """;

    private final CandidateRepository needs;
    private final ProposalService proposals;
    private final int perNeed;
    private final int perVolunteer;

    ProposalJob(CandidateRepository needs, ProposalService proposals,
            @ConfigProperty(name = "hamyar.matching.proposals-per-need") int perNeed,
            @ConfigProperty(name = "hamyar.matching.proposals-per-volunteer") int perVolunteer) {
        this.needs = needs;
        this.proposals = proposals;
        this.perNeed = perNeed;
        this.perVolunteer = perVolunteer;
    }

    @Scheduled(every = "${hamyar.matching.proposal-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return next(PER_RUN);
    }

    private Uni<Void> next(int left) {
        if (left == 0) {
            return Uni.createFrom().voidItem();
        }
        return needs.pool().withTransaction(tx -> tx.query(CLAIM).execute().flatMap(rows -> rows.size() == 0
                ? Uni.createFrom().item(false)
                : answer(tx, rows.iterator().next()).replaceWith(true)))
                .onFailure().recoverWithUni(e -> dropPoisoned(e))
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

    /**
     * A request that fails every time would stop the queue: it is taken out (on-demand proposals remain) and the
     * run ends, so a database that is down is not hammered.
     */
    private Uni<Boolean> dropPoisoned(Throwable e) {
        LOG.warnf("Proposal request failed and is dropped: %s", e.getMessage());
        return needs.pool().withTransaction(tx -> tx.query(CLAIM).execute()).replaceWith(false)
                .onFailure().recoverWithItem(false);
    }
}
