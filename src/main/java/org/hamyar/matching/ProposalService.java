package org.hamyar.matching;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;
import org.hamyar.common.Created;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.ProblemType;
import org.hamyar.common.Timestamps;
import org.hamyar.security.Caller;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Makes PROPOSED matches: the best candidates of a need, the best needs of a new volunteer, or one by hand. */
@ApplicationScoped
public class ProposalService {

    static final Actor SYSTEM = new Actor(Actor.Kind.SYSTEM, "matching", "همیار", null);
    private static final int MAX_REASON = 500;
    static final String BEYOND_TRAVEL_RANGE = "beyond-travel-range";

    public record ProposalResult(int created, List<MatchView> items) {
    }

    public record ManualProposal(String needId, String volunteerId, String reason) {
    }

    private final CandidateService candidates;
    private final CandidateRepository repository;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final IdempotencyKeys idempotency;

    ProposalService(CandidateService candidates, CandidateRepository repository, MatchRepository matches,
            MatchEvents events, IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
        this.candidates = candidates;
        this.repository = repository;
        this.matches = matches;
        this.events = events;
    }

    /** Twice the volunteers a need asks for, within the configured ceiling. */
    static int defaultCount(NeedFacts need, int ceiling) {
        return Math.min(ceiling, 2 * need.volunteersNeeded());
    }

    /** On demand, by staff: proposes the best candidates not yet matched. 409 unless the need is open. */
    public Uni<ProposalResult> forNeed(UUID needId, Integer limit, int ceiling, Caller caller, Locale locale) {
        return matches.pool().withTransaction(tx -> candidates.managedNeed(tx, needId, caller, true)
                .flatMap(need -> {
                    if (!need.open()) {
                        throw new ApiException(ProblemType.NEED_NOT_OPEN);
                    }
                    return propose(tx, need, limit == null ? defaultCount(need, ceiling) : limit, caller.actor());
                })
                .flatMap(ids -> read(tx, ids)))
                .map(rows -> new ProposalResult(rows.size(), rows.stream().map(r -> MatchView.of(r, locale)).toList()));
    }

    /** The best candidates of an open need, proposed; returns the new matches. */
    Uni<List<UUID>> propose(SqlClient tx, NeedFacts need, int count, Actor actor) {
        OffsetDateTime now = Timestamps.now();
        return candidates.rank(tx, need, count)
                .flatMap(best -> matches.propose(tx, need.id(), best, "AUTOMATIC", actor, null, now))
                .flatMap(ids -> announce(tx, need, ids, now).replaceWith(ids));
    }

    /**
     * A new volunteer, offered to the open needs that fit them best; a need that already has its share of proposals
     * waiting for review (twice its volunteers, within {@code ceiling}) is not given more by the job.
     */
    Uni<Integer> forVolunteer(SqlClient tx, UUID volunteerId, int count, int ceiling) {
        OffsetDateTime now = Timestamps.now();
        return candidates.bestNeeds(tx, volunteerId, count)
                .onFailure(ApiException.class).recoverWithItem(List.of())
                .flatMap(fits -> Multi.createFrom().iterable(fits).onItem()
                        .transformToUniAndConcatenate(fit -> repository.need(tx, fit.need().id(), false)
                                .flatMap(need -> need.isEmpty() ? Uni.createFrom().item(0)
                                        : matches.waitingForReview(tx, need.get().id())
                                                .flatMap(waiting -> waiting >= defaultCount(need.get(), ceiling)
                                                        ? Uni.createFrom().item(0)
                                                        : proposeTo(tx, need.get(), volunteerId, fit, now))))
                        .collect().asList())
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    private Uni<Integer> proposeTo(SqlClient tx, NeedFacts need, UUID volunteerId, CandidateService.Fit fit,
            OffsetDateTime now) {
        return repository.volunteer(tx, volunteerId, need.lat(), need.lon())
                .flatMap(me -> me.isEmpty() ? Uni.createFrom().item(0)
                        : matches.propose(tx, need.id(), List.of(me.get().scored(fit.score())), "AUTOMATIC", SYSTEM,
                                null, now).flatMap(ids -> announce(tx, need, ids, now).replaceWith(ids.size())));
    }

    /** Staff propose a volunteer of their choosing, with a reason; the score still says how well they fit. */
    public Uni<Created<MatchView>> manual(ManualProposal body, String idempotencyKey, Caller caller, Locale locale) {
        List<FieldViolation> errors = new ArrayList<>();
        UUID needId = uuid("needId", body == null ? null : body.needId(), errors);
        UUID volunteerId = uuid("volunteerId", body == null ? null : body.volunteerId(), errors);
        String reason = body == null || body.reason() == null ? null : body.reason().strip();
        if (reason == null || reason.isEmpty()) {
            errors.add(new FieldViolation("reason", "required"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new FieldViolation("reason", "too-long"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return idempotency.once("POST /api/v1/matches", caller.actor(), idempotencyKey, body, MatchView.class,
                attempt -> matches.pool().withTransaction(tx -> proposeByHand(tx, needId, volunteerId, reason, caller)
                        .flatMap(id -> matches.find(tx, id, false).flatMap(row -> matches.history(tx, id)
                                .map(history -> new Created<>("/api/v1/matches/" + id,
                                        MatchView.of(row.orElseThrow(), history, locale)))))
                        .call(created -> idempotency.remember(tx, attempt, created))));
    }

    private Uni<UUID> proposeByHand(SqlClient tx, UUID needId, UUID volunteerId, String reason, Caller caller) {
        OffsetDateTime now = Timestamps.now();
        return repository.need(tx, needId, true).flatMap(found -> {
            NeedFacts need = found.orElseThrow(() -> ApiException.invalid("needId", "unknown"));
            if (!caller.mayManage(need.owner().organisationId(), need.owner().provinceCode(),
                    need.owner().countyId())) {
                throw ApiException.forbidden();
            }
            if (!need.open()) {
                throw new ApiException(ProblemType.NEED_NOT_OPEN);
            }
            return repository.volunteer(tx, volunteerId, need.lat(), need.lon()).flatMap(me -> {
                Candidate volunteer = me.orElseThrow(() -> ApiException.invalid("volunteerId", "unknown"));
                // Only someone who could be a candidate: the need's centre within the volunteer's own travel
                // range, as candidate search asks. Staff cannot reach volunteers who would never serve there.
                if (volunteer.profile().km() > volunteer.profile().maxTravelKm()) {
                    throw ApiException.invalid("volunteerId", BEYOND_TRAVEL_RANGE);
                }
                Candidate scored = volunteer.scored(MatchScoring.score(need.profile(), volunteer.profile()));
                return matches.propose(tx, needId, List.of(scored), "MANUAL", caller.actor(), reason, now)
                        .flatMap(ids -> {
                            if (ids.isEmpty()) {
                                throw new ApiException(ProblemType.DUPLICATE_MATCH);
                            }
                            return announce(tx, need, ids, now).replaceWith(ids.get(0));
                        });
            });
        });
    }

    private Uni<Void> announce(SqlClient tx, NeedFacts need, List<UUID> ids, OffsetDateTime now) {
        return Multi.createFrom().iterable(ids).onItem()
                .transformToUniAndConcatenate(
                        id -> events.moved(tx, need, id, null, null, MatchStatus.PROPOSED, SYSTEM, null, now))
                .collect().last().replaceWithVoid();
    }

    private Uni<List<MatchRow>> read(SqlClient tx, List<UUID> ids) {
        return Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(id -> matches.find(tx, id, false))
                .filter(Optional::isPresent).map(Optional::get).collect().asList();
    }

    private static UUID uuid(String field, String raw, List<FieldViolation> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldViolation(field, "required"));
            return null;
        }
        try {
            return UUID.fromString(Objects.requireNonNull(raw).trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation(field, "unknown"));
            return null;
        }
    }
}
