package org.hamyar.matching;

import java.util.UUID;

/**
 * A volunteer as reviewers see them in lists: a first name and an initial, enough to tell people apart; the full
 * record is behind {@code GET /volunteers/{id}} with a stated reason, and audited.
 */
public record VolunteerSummary(UUID id, String displayName, Integer neighbourhoodId) {

    static VolunteerSummary of(UUID id, String firstName, String lastName, Integer neighbourhoodId) {
        String name = firstName == null ? null
                : lastName == null || lastName.isBlank() ? firstName
                        : firstName + " " + lastName.codePoints().limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
        return new VolunteerSummary(id, name, neighbourhoodId);
    }
}
