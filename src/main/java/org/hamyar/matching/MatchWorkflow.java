package org.hamyar.matching;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.ProblemType;
import org.hamyar.common.Timestamps;
import org.hamyar.matching.MatchStatus.Role;
import org.hamyar.need.NeedStates;
import org.hamyar.security.Caller;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Moves matches through their states. Every move locks the need first, then the match: acceptances of one need
 * queue behind each other, so the places counted are the places taken and a need is never over-filled.
 */
@ApplicationScoped
public class MatchWorkflow {

    private static final int MAX_REASON = 500;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);
    /** Moves that give a place back. */
    private static final Set<MatchStatus> FREES_PLACE = EnumSet.of(MatchStatus.CANCELLED, MatchStatus.NO_SHOW);

    private final CandidateRepository needs;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final ProposalRequests proposals;
    private final NeedStates needStates;

    MatchWorkflow(CandidateRepository needs, MatchRepository matches, MatchEvents events, ProposalRequests proposals,
            NeedStates needStates) {
        this.needStates = needStates;
        this.needs = needs;
        this.matches = matches;
        this.events = events;
        this.proposals = proposals;
    }

    public Uni<MatchView> read(UUID id, Caller caller, Locale locale) {
        return matches.needOf(id).flatMap(needId -> {
            UUID need = needId.orElseThrow(ApiException::notFound);
            return needs.need(matches.pool(), need, false).flatMap(facts -> matches.find(matches.pool(), id, false)
                    .flatMap(found -> {
                        MatchRow m = found.orElseThrow(ApiException::notFound);
                        authorize(caller, role(caller), facts.orElseThrow(), m);
                        return matches.history(matches.pool(), id).map(h -> MatchView.of(m, h, locale));
                    }));
        });
    }

    /** Every match of a need, with its history, for staff who may run the need; 403 for others, 404 unknown. */
    public Uni<List<MatchView>> ofNeed(UUID needId, Caller caller, Locale locale) {
        return needs.need(matches.pool(), needId, false).flatMap(found -> {
            NeedFacts need = found.orElseThrow(ApiException::notFound);
            if (!caller.isStaff() || !caller.mayManage(need.owner().organisationId(), need.owner().provinceCode(),
                    need.owner().countyId())) {
                throw ApiException.forbidden();
            }
            return matches.ofNeed(matches.pool(), needId).flatMap(rows -> matches.histories(matches.pool(),
                    rows.stream().map(MatchRow::id).toList()).map(
                            h -> rows.stream().map(m -> MatchView.of(m,
                                    h.getOrDefault(m.id(), List.of()), locale)).toList()));
        });
    }

    /** A volunteer's own matches, newest first, without their histories. */
    public Uni<Page<MatchView>> ofVolunteer(UUID volunteerId, PageRequest paging, Locale locale) {
        return matches.ofVolunteer(volunteerId, paging).map(p -> new Page<>(p.items().stream()
                .map(m -> MatchView.of(m, locale)).toList(), p.page(), p.size(), p.total()));
    }

    public Uni<MatchView> transition(UUID id, TransitionRequest request, Caller caller, Locale locale) {
        Role role = role(caller);
        Move move = validate(request, role);
        Actor actor = caller.actor();
        return matches.needOf(id).flatMap(
                needId -> matches.pool().withTransaction(tx -> needs.need(tx, needId.orElseThrow(ApiException::notFound), true)
                        .flatMap(facts -> matches.find(tx, id, true).flatMap(found -> {
                            MatchRow m = found.orElseThrow(ApiException::notFound);
                            NeedFacts need = facts.orElseThrow(ApiException::notFound);
                            authorize(caller, role, need, m);
                            if (!move.to().reachableFrom(role).contains(m.status())) {
                                throw ApiException.conflict(ProblemType.INVALID_TRANSITION, "to");
                            }
                            return apply(tx, need, m, move, actor);
                        }))
                        .flatMap(x -> matches.find(tx, id, false))
                        .flatMap(m -> matches.history(tx, id).map(h -> MatchView.of(m.orElseThrow(), h,
                                locale)))));
    }

    private record Move(MatchStatus to, String reason, Double hours) {
    }

    /** States a match can still leave; an erased volunteer's matches in them are cancelled. */
    private static final Set<MatchStatus> UNDER_WAY = EnumSet.of(MatchStatus.PROPOSED, MatchStatus.APPROVED,
            MatchStatus.INVITED, MatchStatus.ACCEPTED, MatchStatus.WAITLISTED, MatchStatus.ACTIVE);

    /**
     * A volunteer who erased their data leaves every match still under way: each is cancelled by the service, one
     * transaction per match, so a place they held goes to the waitlist.
     */
    public Uni<Void> withdrawAll(UUID volunteerId) {
        return matches.pool().preparedQuery("SELECT id, need_id FROM match WHERE volunteer_id = $1 AND status = ANY ($2)")
                .execute(Tuple.of(volunteerId, UNDER_WAY.stream().map(Enum::name).toArray(String[]::new)))
                .flatMap(rows -> Multi.createFrom().iterable(rows).onItem()
                        .transformToUniAndConcatenate(r -> withdraw(r.getUUID(0), r.getUUID(1)))
                        .collect().last().replaceWithVoid());
    }

    private Uni<Void> withdraw(UUID id, UUID needId) {
        Move move = new Move(MatchStatus.CANCELLED, "داوطلب داده‌هایش را پاک کرد", null);
        return matches.pool().withTransaction(tx -> needs.need(tx, needId, true).flatMap(need -> matches
                .find(tx, id, true).flatMap(found -> {
                    if (need.isEmpty() || found.isEmpty() || !UNDER_WAY.contains(found.get().status())) {
                        return Uni.createFrom().voidItem();
                    }
                    return apply(tx, need.get(), found.get(), move, ProposalService.SYSTEM);
                })));
    }

    private Uni<Void> apply(SqlClient tx, NeedFacts need, MatchRow m, Move move, Actor actor) {
        OffsetDateTime now = Timestamps.now();
        if (move.to() != MatchStatus.ACCEPTED) {
            return step(tx, need, m.id(), m.volunteerId(), m.status(), move.to(), actor, move, now)
                    .flatMap(x -> FREES_PLACE.contains(move.to()) && MatchStatus.HOLDS_PLACE.contains(m.status())
                            ? placeFreed(tx, need, now)
                            : Uni.createFrom().voidItem());
        }
        if (!need.open() && !"FILLED".equals(need.status())) {
            throw new ApiException(ProblemType.NEED_NOT_OPEN);
        }
        return matches.placesTaken(tx, need.id()).flatMap(taken -> {
            boolean room = taken < need.volunteersNeeded();
            MatchStatus to = room ? MatchStatus.ACCEPTED : MatchStatus.WAITLISTED;
            return step(tx, need, m.id(), m.volunteerId(), m.status(), to, actor, move, now)
                    .flatMap(x -> room && taken + 1 >= need.volunteersNeeded() ? filled(tx, need, now)
                            : Uni.createFrom().voidItem());
        });
    }

    private Uni<Void> step(SqlClient tx, NeedFacts need, UUID id, UUID volunteerId, MatchStatus from, MatchStatus to,
            Actor actor, Move move, OffsetDateTime now) {
        return matches.move(tx, id, from, to, move.hours(), now).flatMap(moved -> {
            if (!moved) {
                throw ApiException.conflict(ProblemType.INVALID_TRANSITION, "to");
            }
            return matches.record(tx, id, from, to, actor, move.reason(), move.hours(), now);
        }).flatMap(x -> events.moved(tx, need, id, volunteerId, from, to, actor, move.hours(), now));
    }

    private Uni<Void> filled(SqlClient tx, NeedFacts need, OffsetDateTime now) {
        return needStates.change(tx, need.id(), "OPEN", "FILLED", now)
                .flatMap(changed -> changed ? events.needFilled(tx, need, now) : Uni.createFrom().voidItem());
    }

    /** The first on the waitlist takes the place; with nobody waiting, a filled need opens again. */
    private Uni<Void> placeFreed(SqlClient tx, NeedFacts need, OffsetDateTime now) {
        return matches.firstWaiting(tx, need.id()).flatMap(next -> next.isPresent()
                ? matches.find(tx, next.get(), false).flatMap(w -> step(tx, need, next.get(),
                        w.orElseThrow().volunteerId(), MatchStatus.WAITLISTED, MatchStatus.ACCEPTED,
                        ProposalService.SYSTEM, new Move(MatchStatus.ACCEPTED, null, null), now))
                : needStates.change(tx, need.id(), "FILLED", "OPEN", now).flatMap(reopened -> reopened
                        ? proposals.opened(tx, need.id())
                        : Uni.createFrom().voidItem()));
    }

    /** Staff act for their organisation's needs in their region; a volunteer only on their own matches. */
    private static void authorize(Caller caller, Role role, NeedFacts need, MatchRow m) {
        if (role == Role.STAFF) {
            if (!caller.mayManage(need.owner().organisationId(), need.owner().provinceCode(),
                    need.owner().countyId())) {
                throw ApiException.forbidden();
            }
        } else if (!m.volunteerId().equals(caller.volunteerId())) {
            throw ApiException.notFound();
        }
    }

    private static Role role(Caller caller) {
        if (caller.isStaff()) {
            return Role.STAFF;
        }
        if (caller.isVolunteer()) {
            return Role.VOLUNTEER;
        }
        throw ApiException.forbidden();
    }

    /** 400 for a malformed move; 403 when this role may never ask for that state. */
    private static Move validate(TransitionRequest r, Role role) {
        if (r == null) {
            throw ApiException.invalid("body", "required");
        }
        List<FieldViolation> errors = new ArrayList<>();
        MatchStatus to = null;
        if (r.to() == null || r.to().isBlank()) {
            errors.add(new FieldViolation("to", "required"));
        } else {
            try {
                to = MatchStatus.valueOf(r.to().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("to", "invalid"));
            }
        }
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(new FieldViolation("reason", "too-long"));
        }
        if (to != null && role == Role.STAFF && to.needsReason() && reason == null) {
            errors.add(new FieldViolation("reason", "required"));
        }
        if (to == MatchStatus.COMPLETED && r.hours() == null) {
            errors.add(new FieldViolation("hours", "required"));
        } else if (r.hours() != null && (to != MatchStatus.COMPLETED || r.hours().signum() <= 0
                || r.hours().compareTo(MAX_HOURS) > 0 || r.hours().stripTrailingZeros().scale() > 1)) {
            errors.add(new FieldViolation("hours", to != MatchStatus.COMPLETED ? "unsupported" : "range"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!to.requestableBy(role)) {
            throw ApiException.forbidden();
        }
        return new Move(to, reason, r.hours() == null ? null : r.hours().doubleValue());
    }
}
