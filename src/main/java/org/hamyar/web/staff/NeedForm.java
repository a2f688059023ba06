package org.hamyar.web.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.common.FieldViolation;
import org.hamyar.need.NeedRequest;
import org.hamyar.need.NeedRequest.RequiredSkill;
import org.hamyar.need.NeedView;
import org.hamyar.web.FormAnswers;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;

/**
 * A need as the console's form holds it (field to value, as typed) and the API's request made from it, so the
 * form is checked by the need feature's own validator; and back from a need to the form, for editing.
 */
final class NeedForm {

    private final FormAnswers answers;
    private final List<String> skillCodes;
    private final List<FieldViolation> own = new ArrayList<>();

    NeedForm(Map<String, String> answers, List<String> skillCodes) {
        this.answers = new FormAnswers(answers);
        this.skillCodes = skillCodes;
    }

    NeedRequest request(boolean withStatus) {
        own.clear();
        List<RequiredSkill> skills = answers.levels(skillCodes).stream().map(l -> new RequiredSkill(l.code(),
                l.level())).toList();
        return new NeedRequest(answers.text("centreId"), answers.text("title"), answers.text("description"),
                answers.text("targetGroup"), skills, answers.number("volunteersNeeded"), date("startsOn"),
                date("endsOn"), answers.slots(), answers.text("priority"),
                answers.checked("sensitive") ? Boolean.TRUE : null, withStatus ? answers.text("status") : null,
                answers.languages());
    }

    List<FieldViolation> own() {
        return own;
    }

    String pageField(String apiField) {
        String listed = answers.listField(apiField, "skills", "weeklySlots");
        return listed != null ? listed : apiField;
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
        String raw = answers.digits(field);
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

    static UUID uuidOrNull(String s) {
        try {
            return s == null ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
