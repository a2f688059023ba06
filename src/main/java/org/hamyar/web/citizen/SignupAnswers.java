package org.hamyar.web.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamyar.common.FieldViolation;
import org.hamyar.volunteer.SignupRequest;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.hamyar.web.FormAnswers;
import org.hamyar.web.Jalali;

/**
 * The sign-up's answers as the pages hold them (form field to value, as typed) and the API's request made from
 * them, so the pages are checked by the very validator the API uses. It also tells which page field and which step
 * each of the validator's fields belongs to.
 */
final class SignupAnswers {

    private final FormAnswers answers;
    private final List<String> skillCodes;
    private final List<FieldViolation> ownViolations = new ArrayList<>();

    /** {@code skillCodes}: the taxonomy, in the order the skills step shows it. */
    SignupAnswers(Map<String, String> answers, List<String> skillCodes) {
        this.answers = new FormAnswers(answers);
        this.skillCodes = skillCodes;
    }

    /** The API request the answers make; what cannot be made (a date that does not exist) is in {@link #own()}. */
    SignupRequest request() {
        ownViolations.clear();
        List<SkillLevel> skills = answers.levels(skillCodes).stream().map(l -> new SkillLevel(l.code(), l.level()))
                .toList();
        List<AvailabilitySlot> slots = answers.slots().stream().map(s -> new AvailabilitySlot(s.day(), s.from(),
                s.to())).toList();
        return new SignupRequest(answers.text("nationalId"), answers.text("mobile"), answers.text("firstName"),
                answers.text("lastName"), birthDate(), answers.text("gender"), answers.number("neighbourhoodId"),
                skills, slots, answers.languages(), answers.number("maxTravelKm"), null,
                new Consent(answers.checked("consentDataProcessing"), answers.checked("consentSms")));
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
        if (apiField.startsWith("consent")) {
            return "consentDataProcessing";
        }
        String listed = answers.listField(apiField, "skills", "availability");
        return listed != null ? listed : apiField;
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
        String y = answers.digits("birthYear"), m = answers.digits("birthMonth"), d = answers.digits("birthDay");
        if (y == null && m == null && d == null) {
            return null;
        }
        Integer year = answers.number("birthYear"), month = answers.number("birthMonth"),
                day = answers.number("birthDay");
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
}
