package org.hamyar.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamyar.skill.SkillResource.SkillView;

/**
 * The lists that several forms ask from: the days of the week with their two time fields, the languages, and the
 * skills with a level each (a volunteer's level at sign-up, a need's minimum level in the console).
 */
public final class FormLists {

    /** The Iranian week; the values are the API's day names. */
    public static final List<String> DAYS = List.of("SATURDAY", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY",
            "THURSDAY", "FRIDAY");
    /** Languages offered, ISO 639-1: Persian and the languages most spoken beside it in Iran, then English. */
    public static final List<String> LANGUAGES = List.of("fa", "az", "ku", "ar", "tk", "ps", "ur", "hy", "tr", "en");

    /** A day of the week with its two time fields. */
    public record DayRow(String day, String label, String fromField, String toField) {
    }

    /** A skill category with its skills and the level chosen for each (0: none). */
    public record SkillGroup(String name, List<SkillChoice> skills) {
    }

    public record SkillChoice(String code, String field, String name, List<Choice> levels) {
    }

    private FormLists() {
    }

    public static List<DayRow> days(Lang lang) {
        return DAYS.stream().map(d -> new DayRow(d, Texts.page(lang, "day_" + d), "from-" + d, "to-" + d)).toList();
    }

    public static List<Choice> languages(Form form, Lang lang) {
        return LANGUAGES.stream().map(code -> new Choice(code, Texts.page(lang, "language_" + code),
                form.checked("lang-" + code))).toList();
    }

    /** Each skill with levels 0 (none) to 5, grouped by category in the taxonomy's order. */
    public static List<SkillGroup> skillGroups(List<SkillView> skills, Form form, Lang lang) {
        Map<String, List<SkillChoice>> byCategory = new LinkedHashMap<>();
        for (SkillView s : skills) {
            String field = "skill-" + s.code();
            List<Choice> levels = new ArrayList<>();
            for (int level = 0; level <= 5; level++) {
                String value = String.valueOf(level);
                levels.add(new Choice(value, Texts.page(lang, "level_" + level),
                        form.value(field).equals(value) || level == 0 && form.value(field).isEmpty()));
            }
            String category = name(s.category().nameFa(), s.category().nameEn(), lang);
            byCategory.computeIfAbsent(category, k -> new ArrayList<>())
                    .add(new SkillChoice(s.code(), field, name(s.nameFa(), s.nameEn(), lang), levels));
        }
        List<SkillGroup> groups = new ArrayList<>();
        byCategory.forEach((name, list) -> groups.add(new SkillGroup(name, list)));
        return groups;
    }

    /** A reference name in the page's language: English where it has one, else Persian. */
    public static String name(String fa, String en, Lang lang) {
        return lang.persian() || en == null || en.isBlank() ? fa : en;
    }
}
