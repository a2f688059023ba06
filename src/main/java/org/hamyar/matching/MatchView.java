package org.hamyar.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hamyar.matching.MatchRepository.TransitionRow;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A match as the API shows it; {@code history} only where one match is read or changed, not in lists. */
public record MatchView(UUID id, UUID needId, VolunteerSummary volunteer, String status, String origin, double score,
        List<ScoreReason> reasons, Double hoursServed, Integer waitlistPosition, OffsetDateTime createdAt,
        OffsetDateTime statusChangedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<Transition> history) {

    public record Transition(String from, String to, OffsetDateTime at, TransitionActor actor, String reason,
            Double hours) {
    }

    public record TransitionActor(String kind, String name) {
    }

    static MatchView of(MatchRow m, Locale locale) {
        return new MatchView(m.id(), m.needId(), m.volunteer(), m.status().name(), m.origin(), m.score(),
                Explanations.of(m.reasons(), locale), m.hoursServed(), m.waitlistPosition(), m.createdAt(),
                m.statusChangedAt(), null);
    }

    static MatchView of(MatchRow m, List<TransitionRow> history, Locale locale) {
        MatchView v = of(m, locale);
        return new MatchView(v.id, v.needId, v.volunteer, v.status, v.origin, v.score, v.reasons, v.hoursServed,
                v.waitlistPosition, v.createdAt, v.statusChangedAt, history.stream().map(t -> new Transition(t.from(),
                        t.to(), t.at(), new TransitionActor(t.actorKind(), t.actorName()), t.reason(), t.hours()))
                        .toList());
    }
}
