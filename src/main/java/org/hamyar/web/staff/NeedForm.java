package org.hamyar.web.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.common.FieldViolation;
import org.hamyar.common.PersianText;
import org.hamyar.common.WeeklySlot;
import org.hamyar.need.NeedRequest;
import org.hamyar.need.NeedRequest.RequiredSkill;
import org.hamyar.need.NeedView;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;

/**
 * A need as the console's form holds it (field to value, as typed) and the API's request made from it, so the
 * form is checked by the need feature's own validator; and back from a need to the form, for editing.
 */
final class NeedForm {

    private static final List<String> DAYS = FormLists.DAYS;
    private static final List<String> LANGUAGES = FormLists.LANGUAGES;

    private final Map<String, String> answers;
    private final List<String> skillCodes;
    private final List<String> requestSkills = new ArrayList<>();
    private final List<String> requestDays = new ArrayList<>();
    private final List<FieldViolation> own = new ArrayList<>();

    NeedForm(Map<String, String> answers, List<String> skillCodes) {
        this.answers = answers;
        this.skillCodes = skillCodes;
    }

    NeedRequest request(boolean withStatus) {
        requestSkills.clear();
        requestDays.clear();
        own.clear();
        List<RequiredSkill> skills = new ArrayList<>();
        for (String code : skillCodes) {
            Integer level = number("skill-" + code);
            if (level != null && level > 0) {
                skills.add(new RequiredSkill(code, level));
                requestSkills.add(code);
            }
        }
        List<WeeklySlot> slots = new ArrayList<>();
        for (String day : DAYS) {
            String from = digits("from-" + day), to = digits("to-" + day);
            if (from != null || to != null) {
                slots.add(new WeeklySlot(day, from, to));
                requestDays.add(day);
            }
        }
        List<String> languages = LANGUAGES.stream().filter(l -> checked("lang-" + l)).toList();
        return new NeedRequest(text("centreId"), text("title"), text("description"), text("targetGroup"), skills,
                number("volunteersNeeded"), date("startsOn"), date("endsOn"), slots, text("priority"),
                checked("sensitive") ? Boolean.TRUE : null, withStatus ? text("status") : null, languages);
    }

    List<FieldViolation> own() {
        return own;
    }

    String pageField(String apiField) {
        if (apiField.startsWith("skills[")) {
            int i = index(apiField);
            return i >= 0 && i < requestSkills.size() ? "skill-" + requestSkills.get(i) : "skills";
        }
        if (apiField.startsWith("weeklySlots[")) {
            int i = index(apiField);
            String day = i >= 0 && i < requestDays.size() ? requestDays.get(i) : DAYS.get(0);
            return (apiField.endsWith(".to") ? "to-" : "from-") + day;
        }
        if (apiField.equals("weeklySlots")) {
            return "availability";
        }
        if (apiField.startsWith("languages")) {
            return "languages";
        }
        return apiField;
    }

    static String labelKey(String pageField) {
        if (pageField.startsWith("skill")) {
            return "label_need_skills";
        }
        if (pageField.startsWith("from-") || pageField.startsWith("to-") || pageField.equals("availability")) {
            return "label_need_slots";
        }
        return "label_need_" + pageField;
    }

    /** A need as the edit form shows it. */
    static Map<String, String> of(NeedView n, Lang lang) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("centreId", n.centreId() == null ? "" : n.centreId().toString());
        a.put("title", n.title());
        a.put("description", n.description() == null ? "" : n.description());
        a.put("targetGroup", n.targetGroup());
        n.skills().forEach(s -> a.put("skill-" + s.code(), String.valueOf(s.minLevel())));
        a.put("volunteersNeeded", String.valueOf(n.volunteersNeeded()));
        a.put("startsOn", jalali(n.startsOn()));
        a.put("endsOn", jalali(n.endsOn()));
        n.weeklySlots().forEach(s -> {
            a.put("from-" + s.day(), s.from());
            a.put("to-" + s.day(), s.to());
        });
        a.put("priority", n.priority());
        if (n.sensitive()) {
            a.put("sensitive", "on");
        }
        a.put("status", n.status());
        n.languages().forEach(l -> a.put("lang-" + l, "on"));
        return a;
    }

    /** Dates are typed in the Solar Hijri calendar, 1403/09/04, in either kind of digits. */
    private LocalDate date(String field) {
        String raw = digits(field);
        if (raw == null) {
            return null;
        }
        String[] parts = raw.split("[/\\-.]");
        try {
            LocalDate d = parts.length == 3 ? Jalali.toGregorian(Integer.parseInt(parts[0].trim()),
                    Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim())) : null;
            if (d == null) {
                own.add(new FieldViolation(field, "date"));
            }
            return d;
        } catch (NumberFormatException e) {
            own.add(new FieldViolation(field, "date"));
            return null;
        }
    }

    private static String jalali(LocalDate d) {
        if (d == null) {
            return "";
        }
        Jalali.Date j = Jalali.of(d);
        return String.format(java.util.Locale.ROOT, "%04d/%02d/%02d", j.year(), j.month(), j.day());
    }

    private boolean checked(String name) {
        String v = answers.get(name);
        return "on".equals(v) || "true".equals(v);
    }

    private String text(String name) {
        String v = answers.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private String digits(String name) {
        String v = text(name);
        return v == null ? null : PersianText.asciiDigits(v);
    }

    private Integer number(String name) {
        String v = digits(name);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int index(String apiField) {
        try {
            return Integer.parseInt(apiField.substring(apiField.indexOf('[') + 1, apiField.indexOf(']')));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static UUID uuidOrNull(String s) {
        try {
            return s == null ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
