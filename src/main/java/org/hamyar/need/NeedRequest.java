package org.hamyar.need;

import java.time.LocalDate;
import java.util.List;

import org.hamyar.common.WeeklySlot;

/**
 * A need as staff or a partner app send it. {@code status} is only accepted on a change (OPEN or CLOSED);
 * FILLED is set by the service when enough volunteers have accepted.
 */
public record NeedRequest(
        String centreId,
        String title,
        String description,
        String targetGroup,
        List<RequiredSkill> skills,
        Integer volunteersNeeded,
        LocalDate startsOn,
        LocalDate endsOn,
        List<WeeklySlot> weeklySlots,
        String priority,
        Boolean sensitive,
        String status,
        List<String> languages) {

    /** The target groups of DOMAIN, in the order forms offer them. */
    public static final List<String> TARGET_GROUPS = List.of("ELDERLY", "WORKING_CHILDREN", "ADDICTION_RECOVERY",
            "HOMELESS", "WOMEN_HEADED_HOUSEHOLDS", "PEOPLE_WITH_DISABILITIES", "MARGINAL_SETTLEMENTS",
            "YOUTH_AND_FAMILIES");
    public static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");

    public record RequiredSkill(String code, Integer minLevel) {
    }
}
