package org.hamyar.need;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hamyar.common.ApiException;
import org.hamyar.common.Checks;
import org.hamyar.common.FieldViolation;
import org.hamyar.need.NeedRequest.RequiredSkill;

/** Checks and normalises a need; every bad field is named at once. */
final class NeedValidator {

    static final Set<String> TARGET_GROUPS = Set.copyOf(NeedRequest.TARGET_GROUPS);
    /** Groups whose needs are always sensitive: their details could identify the people served. */
    static final Set<String> SENSITIVE_GROUPS = Set.of("WORKING_CHILDREN", "ADDICTION_RECOVERY", "HOMELESS");
    static final Set<String> PRIORITIES = Set.copyOf(NeedRequest.PRIORITIES);
    static final Set<String> STATUSES = Set.of("OPEN", "FILLED", "CLOSED");
    /** What staff and partner apps may set; FILLED is the service's to set. */
    private static final Set<String> SETTABLE_STATUSES = Set.of("OPEN", "CLOSED");
    private static final int MAX_TITLE = 200, MAX_DESCRIPTION = 4000, MAX_SKILLS = 20, MAX_SLOTS = 21,
            MAX_LANGUAGES = 10, MAX_VOLUNTEERS = 10_000;

    /** A validated need: {@code centreId} parsed, defaults applied. */
    record Valid(UUID centreId, NeedRequest need) {
    }

    private NeedValidator() {
    }

    /** {@code creating}: status may not be sent (a new need is OPEN). */
    static Valid validate(NeedRequest r, boolean creating) {
        if (r == null) {
            throw ApiException.invalid("body", "required");
        }
        List<FieldViolation> errors = new ArrayList<>();
        UUID centreId = null;
        if (r.centreId() == null || r.centreId().isBlank()) {
            errors.add(new FieldViolation("centreId", "required"));
        } else {
            try {
                centreId = UUID.fromString(r.centreId().trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("centreId", "unknown"));
            }
        }
        String title = Checks.text("title", r.title(), true, MAX_TITLE, errors);
        String description = Checks.text("description", r.description(), false, MAX_DESCRIPTION, errors);
        String group = Checks.oneOf("targetGroup", r.targetGroup(), TARGET_GROUPS, true, errors);
        List<RequiredSkill> skills = skills(r.skills(), errors);
        if (r.volunteersNeeded() == null) {
            errors.add(new FieldViolation("volunteersNeeded", "required"));
        } else if (r.volunteersNeeded() < 1 || r.volunteersNeeded() > MAX_VOLUNTEERS) {
            errors.add(new FieldViolation("volunteersNeeded", "range"));
        }
        if (r.startsOn() != null && r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            errors.add(new FieldViolation("endsOn", "date-order"));
        }
        var slots = Checks.weeklySlots("weeklySlots", r.weeklySlots() == null ? List.of() : r.weeklySlots(),
                MAX_SLOTS, errors);
        String priority = r.priority() == null ? "NORMAL"
                : Checks.oneOf("priority", r.priority(), PRIORITIES, true, errors);
        boolean alwaysSensitive = group != null && SENSITIVE_GROUPS.contains(group);
        boolean sensitive = r.sensitive() == null ? alwaysSensitive : r.sensitive();
        if (!sensitive && alwaysSensitive) {
            errors.add(new FieldViolation("sensitive", "sensitive-group"));
        }
        String status = status(r.status(), creating, errors);
        List<String> languages = Checks.languages("languages", r.languages(), 0, MAX_LANGUAGES, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Valid(centreId, new NeedRequest(centreId.toString(), title, description, group, skills,
                r.volunteersNeeded(), r.startsOn(), r.endsOn(), slots, priority, sensitive, status, languages));
    }

    private static String status(String raw, boolean creating, List<FieldViolation> errors) {
        if (creating) {
            if (raw != null) {
                errors.add(new FieldViolation("status", "read-only"));
            }
            return "OPEN";
        }
        String status = raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
        if (status == null || !STATUSES.contains(status)) {
            errors.add(new FieldViolation("status", status == null ? "required" : "invalid"));
        }
        return status;
    }

    /** Called on a change: only OPEN and CLOSED may be set by a client. */
    static void checkSettableStatus(String from, String to) {
        if (!to.equals(from) && !SETTABLE_STATUSES.contains(to)) {
            throw ApiException.invalid("status", "read-only");
        }
    }

    private static List<RequiredSkill> skills(List<RequiredSkill> skills, List<FieldViolation> errors) {
        if (!Checks.sized("skills", skills, 1, MAX_SKILLS, errors)) {
            return List.of();
        }
        List<RequiredSkill> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            RequiredSkill s = skills.get(i);
            String at = "skills[" + i + "]";
            if (s == null || s.code() == null || s.code().isBlank()) {
                errors.add(new FieldViolation(at + ".code", "required"));
                continue;
            }
            String code = s.code().trim().toLowerCase(Locale.ROOT);
            if (!seen.add(code)) {
                errors.add(new FieldViolation(at + ".code", "duplicate"));
            }
            int level = s.minLevel() == null ? 1 : s.minLevel();
            if (level < 1 || level > 5) {
                errors.add(new FieldViolation(at + ".minLevel", "range"));
            }
            out.add(new RequiredSkill(code, level));
        }
        return out.stream().sorted(java.util.Comparator.comparing(RequiredSkill::code)).toList();
    }
}
