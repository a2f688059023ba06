package org.hamyar.matching;

import java.util.UUID;

import org.hamyar.matching.MatchScoring.Score;
import org.hamyar.matching.MatchScoring.VolunteerProfile;

/** A volunteer found for a need, as the database gave them, with the score they were given. */
record Candidate(UUID volunteerId, VolunteerSummary summary, VolunteerProfile profile, Score score) {

    Candidate scored(Score s) {
        return new Candidate(volunteerId, summary, profile, s);
    }
}
