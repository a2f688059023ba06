package org.hamyar.web.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamyar.common.FieldViolation;
import org.hamyar.common.PersianText;
import org.hamyar.volunteer.SignupRequest;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;

/**
 * The sign-up's answers as the pages hold them (form field to value, as typed) and the API's request made from
 * them, so the pages are checked by the very validator the API uses. It also tells which page field and which step
 * each of the validator's fields belongs to.
 */
final class SignupAnswers {

    static final List<String> DAYS = FormLists.DAYS;
    static final List<String> LANGUAGES = FormLists.LANGUAGES;

    private final Map<String, String> answers;
    private final List<String> skillCodes;
    /** The skills and days that went into the request, in its order: index i of the request is entry i here. */
    private final List<String> requestSkills = new ArrayList<>();
    private final List<String> requestDays = new ArrayList<>();
    private final List<FieldViolation> ownViolations = new ArrayList<>();

    /** {@code skillCodes}: the taxonomy, in the order the skills step shows it. */
    SignupAnswers(Map<String, String> answers, List<String> skillCodes) {
        this.answers = new LinkedHashMap<>(answers);
        this.skillCodes = skillCodes;
    }

    /** The API request the answers make; what cannot be made (a date that does not exist) is in {@link #own()}. */
    SignupRequest request() {
        requestSkills.clear();
        requestDays.clear();
        ownViolations.clear();
        List<SkillLevel> skills = new ArrayList<>();
        for (String code : skillCodes) {
            Integer level = number(answers.get("skill-" + code));
            if (level != null && level > 0) {
                skills.add(new SkillLevel(code, level));
                requestSkills.add(code);
            }
        }
        List<AvailabilitySlot> slots = new ArrayList<>();
        for (String day : DAYS) {
            String from = digits("from-" + day);
            String to = digits("to-" + day);
            if (from != null || to != null) {
                slots.add(new AvailabilitySlot(day, from, to));
                requestDays.add(day);
            }
        }
        List<String> languages = new ArrayList<>();
        for (String code : LANGUAGES) {
            if (checked("lang-" + code)) {
                languages.add(code);
            }
        }
        return new SignupRequest(text("nationalId"), text("mobile"), text("firstName"), text("lastName"),
                birthDate(), text("gender"), number(answers.get("neighbourhoodId")), skills, slots, languages,
                number(answers.get("maxTravelKm")), null,
                new Consent(checked("consentDataProcessing"), checked("consentSms")));
    }

    /** Violations found before the validator: a birth date that is not a day of the Solar Hijri calendar. */
    List<FieldViolation> own() {
        return ownViolations;
    }

    /** The page field a validator field belongs to, for the error summary's link and the message beside it. */
    String pageField(String apiField) {
        if (apiField.equals("birthDate")) {
            return "birthYear";
        }
        if (apiField.startsWith("skills[")) {
            int i = index(apiField);
            return i >= 0 && i < requestSkills.size() ? "skill-" + requestSkills.get(i) : "skills";
        }
        if (apiField.startsWith("availability[")) {
            int i = index(apiField);
            String day = i >= 0 && i < requestDays.size() ? requestDays.get(i) : DAYS.get(0);
            return (apiField.endsWith(".to") ? "to-" : "from-") + day;
        }
        if (apiField.startsWith("languages")) {
            return "languages";
        }
        if (apiField.startsWith("consent")) {
            return "consentDataProcessing";
        }
        return apiField;
    }

    /** The step whose page holds a page field. */
    static SignupStep stepOf(String pageField) {
        return switch (pageField) {
            case "nationalId", "mobile", "firstName", "lastName", "birthYear", "birthMonth", "birthDay", "gender" ->
                SignupStep.IDENTITY;
            case "neighbourhoodId" -> SignupStep.PLACE;
            case "languages", "maxTravelKm" -> SignupStep.PREFERENCES;
            case "consentDataProcessing" -> SignupStep.CONSENT;
            default -> pageField.startsWith("skill") ? SignupStep.SKILLS
                    : pageField.startsWith("from-") || pageField.startsWith("to-")
                            || pageField.equals("availability") ? SignupStep.AVAILABILITY : SignupStep.IDENTITY;
        };
    }

    /** The label key of a page field's question, for the error summary. */
    static String labelKey(String pageField) {
        if (pageField.startsWith("skill-") || pageField.equals("skills")) {
            return "label_skills";
        }
        if (pageField.startsWith("from-") || pageField.startsWith("to-") || pageField.equals("availability")) {
            return "label_availability";
        }
        return switch (pageField) {
            case "birthYear", "birthMonth", "birthDay" -> "label_birth_date";
            default -> "label_" + pageField;
        };
    }

    private LocalDate birthDate() {
        String y = digits("birthYear"), m = digits("birthMonth"), d = digits("birthDay");
        if (y == null && m == null && d == null) {
            return null;
        }
        Integer year = number(y), month = number(m), day = number(d);
        if (year == null || month == null || day == null) {
            ownViolations.add(new FieldViolation("birthDate", y == null || m == null || d == null ? "required"
                    : "date"));
            return null;
        }
        LocalDate date = Jalali.toGregorian(year, month, day);
        if (date == null) {
            ownViolations.add(new FieldViolation("birthDate", "date"));
        }
        return date;
    }

    private boolean checked(String name) {
        String v = answers.get(name);
        return "on".equals(v) || "true".equals(v);
    }

    /** As typed, trimmed: the validator folds what may be folded (digits in IDs, Arabic letters in names). */
    private String text(String name) {
        String v = answers.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Times and date parts: Persian and Arabic-Indic digits read as digits. */
    private String digits(String name) {
        String v = text(name);
        return v == null ? null : PersianText.asciiDigits(v);
    }

    private static Integer number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(PersianText.asciiDigits(raw.trim()));
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
}
