package org.hamyar.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamyar.matching.MatchScoring.Component;

/** A match as stored, with the volunteer as reviewers see them and, when waitlisted, its place in the queue. */
record MatchRow(UUID id, UUID needId, UUID volunteerId, VolunteerSummary volunteer, MatchStatus status, String origin,
        double score, List<Component> reasons, Double hoursServed, Integer waitlistPosition, OffsetDateTime createdAt,
        OffsetDateTime statusChangedAt) {
}
