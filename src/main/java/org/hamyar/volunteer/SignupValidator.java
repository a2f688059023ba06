package org.hamyar.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.Checks;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.InvalidValueException;
import org.hamyar.common.PersianText;
import org.hamyar.common.Tehran;
import org.hamyar.common.WeeklySlot;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.SkillLevel;

/**
 * Checks a sign-up's shape and values and names every bad field at once. Whether the neighbourhood, skills and
 * campaign exist is left to the database's constraints (see {@link SignupInserts}).
 */
@ApplicationScoped
public class SignupValidator {

    static final int MIN_AGE_YEARS = 15;
    private static final int MAX_AGE_YEARS = 120;
    private static final int MAX_NAME = 100;
    private static final int MAX_SKILLS = 30;
    private static final int MAX_SLOTS = 21;
    private static final int MAX_LANGUAGES = 10;
    private static final int MAX_TRAVEL_KM = 500;
    private static final Set<String> GENDERS = Set.of("FEMALE", "MALE");

    private final Clock clock;

    SignupValidator() {
        this(Clock.systemUTC());
    }

    SignupValidator(Clock clock) {
        this.clock = clock;
    }

    public NewVolunteer validate(SignupRequest r) {
        if (r == null) {
            throw ApiException.invalid("body", "required");
        }
        List<FieldViolation> errors = new ArrayList<>();
        NationalId nationalId = value("nationalId", r.nationalId(), NationalId::parse, errors);
        MobileNumber mobile = value("mobile", r.mobile(), MobileNumber::parse, errors);
        String firstName = name("firstName", r.firstName(), errors);
        String lastName = name("lastName", r.lastName(), errors);
        checkBirthDate(r.birthDate(), errors);
        if (r.gender() != null && !GENDERS.contains(r.gender())) {
            errors.add(new FieldViolation("gender", "invalid"));
        }
        if (r.neighbourhoodId() == null) {
            errors.add(new FieldViolation("neighbourhoodId", "required"));
        }
        List<SkillLevel> skills = skills(r.skills(), errors);
        List<AvailabilitySlot> availability = availability(r.availability(), errors);
        List<String> languages = Checks.languages("languages", r.languages(), 1, MAX_LANGUAGES, errors);
        if (r.maxTravelKm() == null) {
            errors.add(new FieldViolation("maxTravelKm", "required"));
        } else if (r.maxTravelKm() < 0 || r.maxTravelKm() > MAX_TRAVEL_KM) {
            errors.add(new FieldViolation("maxTravelKm", "range"));
        }
        if (r.consent() == null) {
            errors.add(new FieldViolation("consent", "required"));
        } else if (r.consent().dataProcessing() == null) {
            errors.add(new FieldViolation("consent.dataProcessing", "required"));
        } else if (!r.consent().dataProcessing()) {
            errors.add(new FieldViolation("consent.dataProcessing", "must-be-true"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new NewVolunteer(nationalId, mobile, firstName, lastName, r.birthDate(), r.gender(),
                r.neighbourhoodId(), skills, availability, languages, r.maxTravelKm(), r.campaignId(),
                Boolean.TRUE.equals(r.consent().sms()));
    }

    private static <T> T value(String field, String raw, Function<String, T> parser, List<FieldViolation> errors) {
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            errors.add(new FieldViolation(field, e.code()));
            return null;
        }
    }

    private static String name(String field, String raw, List<FieldViolation> errors) {
        String name = PersianText.normaliseName(raw);
        if (name == null || name.isEmpty()) {
            errors.add(new FieldViolation(field, "required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldViolation(field, "too-long"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldViolation(field, "invalid"));
        }
        return name;
    }

    private void checkBirthDate(LocalDate birthDate, List<FieldViolation> errors) {
        LocalDate today = LocalDate.now(clock.withZone(Tehran.ZONE));
        if (birthDate == null) {
            errors.add(new FieldViolation("birthDate", "required"));
        } else if (birthDate.isAfter(today)) {
            errors.add(new FieldViolation("birthDate", "future"));
        } else if (birthDate.isAfter(today.minusYears(MIN_AGE_YEARS))) {
            errors.add(new FieldViolation("birthDate", "too-young"));
        } else if (birthDate.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            errors.add(new FieldViolation("birthDate", "too-old"));
        }
    }

    private static List<SkillLevel> skills(List<SkillLevel> skills, List<FieldViolation> errors) {
        if (!Checks.sized("skills", skills, 1, MAX_SKILLS, errors)) {
            return List.of();
        }
        List<SkillLevel> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            SkillLevel s = skills.get(i);
            String at = "skills[" + i + "]";
            if (s == null) {
                errors.add(new FieldViolation(at, "required"));
                continue;
            }
            String code = s.code() == null ? null : s.code().trim().toLowerCase(Locale.ROOT);
            if (code == null || code.isEmpty()) {
                errors.add(new FieldViolation(at + ".code", "required"));
            } else if (!seen.add(code)) {
                errors.add(new FieldViolation(at + ".code", "duplicate"));
            }
            if (s.level() == null) {
                errors.add(new FieldViolation(at + ".level", "required"));
            } else if (s.level() < 1 || s.level() > 5) {
                errors.add(new FieldViolation(at + ".level", "range"));
            }
            out.add(new SkillLevel(code, s.level()));
        }
        return out;
    }

    private static List<AvailabilitySlot> availability(List<AvailabilitySlot> slots, List<FieldViolation> errors) {
        List<WeeklySlot> weekly = slots == null ? null
                : slots.stream()
                        .map(s -> s == null ? null : new WeeklySlot(s.day(), s.from(), s.to())).toList();
        return Checks.weeklySlots("availability", weekly, MAX_SLOTS, errors).stream()
                .map(s -> new AvailabilitySlot(s.day(), s.from(), s.to())).toList();
    }

}
