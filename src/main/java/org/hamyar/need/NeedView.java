package org.hamyar.need;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamyar.common.WeeklySlot;
import org.hamyar.need.NeedRequest.RequiredSkill;

/**
 * A need. For a sensitive need seen by anyone but the owning organisation's staff and apps in its region, the
 * details that could identify the people served are withheld: title, description, target group and centre are null,
 * and so is the neighbourhood (with the public centre list it would name the centre), and the skills are an empty
 * list (codes such as {@code addiction-recovery-support} would name the target group). The county stays.
 */
public record NeedView(
        UUID id,
        UUID centreId,
        Integer neighbourhoodId,
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
        return new NeedView(id, null, null, countyId, null, null, null, List.of(), volunteersNeeded, startsOn,
                endsOn, weeklySlots, priority, status, sensitive, createdAt, updatedAt, languages);
    }
}
