package org.hamyar.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamyar.common.PersianText;
import org.hamyar.common.WeeklySlot;

/**
 * A posted form read the way the API's requests need it: text as typed (the validators fold what may be folded),
 * numbers and times in either kind of digits, and the lists several forms share (a level per skill, a time range
 * per day, ticked languages). It remembers which skill and which day went into each list position, so an error the
 * validator names by position ({@code skills[2].level}) finds its field on the page.
 */
public final class FormAnswers {

    /** A skill and the level given to it. */
    public record Level(String code, int level) {
    }

    private final Map<String, String> answers;
    private final List<String> listedSkills = new ArrayList<>();
    private final List<String> listedDays = new ArrayList<>();

    public FormAnswers(Map<String, String> answers) {
        this.answers = new LinkedHashMap<>(answers);
    }

    /** As typed, trimmed; null when empty. */
    public String text(String name) {
        String v = answers.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Times and numbers: Persian and Arabic-Indic digits read as digits. */
    public String digits(String name) {
        String v = text(name);
        return v == null ? null : PersianText.asciiDigits(v);
    }

    /** Null when empty or not a whole number. */
    public Integer number(String name) {
        String v = digits(name);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean checked(String name) {
        String v = answers.get(name);
        return "on".equals(v) || "true".equals(v);
    }

    /** The skills given a level above 0 ({@code skill-<code>} fields), in the taxonomy's order. */
    public List<Level> levels(List<String> skillCodes) {
        listedSkills.clear();
        List<Level> out = new ArrayList<>();
        for (String code : skillCodes) {
            Integer level = number("skill-" + code);
            if (level != null && level > 0) {
                out.add(new Level(code, level));
                listedSkills.add(code);
            }
        }
        return out;
    }

    /** The days with a start or an end time ({@code from-<DAY>}, {@code to-<DAY>}), in the week's order. */
    public List<WeeklySlot> slots() {
        listedDays.clear();
        List<WeeklySlot> out = new ArrayList<>();
        for (String day : FormLists.DAYS) {
            String from = digits("from-" + day), to = digits("to-" + day);
            if (from != null || to != null) {
                out.add(new WeeklySlot(day, from, to));
                listedDays.add(day);
            }
        }
        return out;
    }

    /** The ticked languages ({@code lang-<code>}), in the form's order. */
    public List<String> languages() {
        return FormLists.LANGUAGES.stream().filter(l -> checked("lang-" + l)).toList();
    }

    /**
     * The page field of a validator field naming a position in the skills or slots list, or null when it names
     * neither. {@code skillsField} and {@code slotsField} are the request's names of those lists.
     */
    public String listField(String apiField, String skillsField, String slotsField) {
        if (apiField.startsWith(skillsField + "[")) {
            int i = index(apiField);
            return i >= 0 && i < listedSkills.size() ? "skill-" + listedSkills.get(i) : "skills";
        }
        if (apiField.equals(skillsField)) {
            return "skills";
        }
        if (apiField.startsWith(slotsField + "[")) {
            int i = index(apiField);
            String day = i >= 0 && i < listedDays.size() ? listedDays.get(i) : FormLists.DAYS.get(0);
            return (apiField.endsWith(".to") ? "to-" : "from-") + day;
        }
        if (apiField.equals(slotsField)) {
            return "availability";
        }
        if (apiField.startsWith("languages")) {
            return "languages";
        }
        return null;
    }

    private static int index(String apiField) {
        try {
            return Integer.parseInt(apiField.substring(apiField.indexOf('[') + 1, apiField.indexOf(']')));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
