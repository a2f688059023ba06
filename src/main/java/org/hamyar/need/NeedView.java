package org.hamyar.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamyar.common.WeeklySlot;
import org.hamyar.need.NeedRequest.RequiredSkill;

/**
 * A need. For a sensitive need seen by anyone but the owning organisation's staff and apps in its region, the
 * details that could identify the people served (title, description, target group, centre) are null.
 */
public record NeedView(
        UUID id,
        UUID centreId,
        int neighbourhoodId,
        int countyId,
        String title,
        String description,
        String targetGroup,
        List<RequiredSkill> skills,
        int volunteersNeeded,
        LocalDate startsOn,
        LocalDate endsOn,
        List<WeeklySlot> weeklySlots,
        String priority,
        String status,
        boolean sensitive,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<String> languages) {

    NeedView hidden() {
        return new NeedView(id, null, neighbourhoodId, countyId, null, null, null, skills, volunteersNeeded, startsOn,
                endsOn, weeklySlots, priority, status, sensitive, createdAt, updatedAt, languages);
    }
}
