package org.hamyar.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.junit.jupiter.api.Test;

class SignupValidatorTest {

    /** 2026-03-20 21:00 UTC is already 2026-03-21 in Tehran (UTC+3:30): age is counted on Tehran's calendar. */
    private final SignupValidator validator = new SignupValidator(
            Clock.fixed(Instant.parse("2026-03-20T21:00:00Z"), ZoneOffset.UTC));

    private static SignupRequest request(LocalDate birthDate, List<SkillLevel> skills, List<AvailabilitySlot> slots,
            List<String> languages) {
        return new SignupRequest("0084575948", "09123456789", "زهرا", "محمدی", birthDate, null, 280101, skills, slots,
                languages, 5, null, new Consent(true, null));
    }

    private static List<FieldViolation> violations(SignupRequest r, SignupValidator v) {
        try {
            v.validate(r);
            return List.of();
        } catch (ApiException e) {
            return e.violations();
        }
    }

    @Test
    void fifteenthBirthdayOnTehransCalendarIsOldEnough() {
        List<SkillLevel> skills = List.of(new SkillLevel("teaching", 3));
        assertThat(violations(request(LocalDate.of(2011, 3, 21), skills, List.of(), List.of("fa")), validator))
                .isEmpty();
        assertThat(violations(request(LocalDate.of(2011, 3, 22), skills, List.of(), List.of("fa")), validator))
                .containsExactly(new FieldViolation("birthDate", "too-young"));
        assertThat(violations(request(LocalDate.of(2026, 3, 22), skills, List.of(), List.of("fa")), validator))
                .containsExactly(new FieldViolation("birthDate", "future"));
    }

    @Test
    void listsAreCheckedItemByItem() {
        SignupRequest r = request(LocalDate.of(1990, 1, 1),
                List.of(new SkillLevel("Teaching", 3), new SkillLevel("teaching", 2)),
                List.of(new AvailabilitySlot("saturday", "۱۶:۰۰", "19:00"), new AvailabilitySlot("FUNDAY", "19:00", "18:00"),
                        new AvailabilitySlot("MONDAY", "9:00", "24:00")),
                List.of("fa", "xx", "fa"));
        assertThat(violations(r, validator)).containsExactlyInAnyOrder(
                new FieldViolation("skills[1].code", "duplicate"),
                new FieldViolation("availability[1].day", "day"),
                new FieldViolation("availability[1].to", "time-order"),
                new FieldViolation("availability[2].from", "time"),
                new FieldViolation("availability[2].to", "time"),
                new FieldViolation("languages[1]", "language"),
                new FieldViolation("languages[2]", "duplicate"));
    }

    @Test
    void normalisedValuesComeOut() {
        NewVolunteer v = validator.validate(request(LocalDate.of(1990, 1, 1), List.of(new SkillLevel(" Teaching ", 3)),
                List.of(new AvailabilitySlot("saturday", "۱۶:۰۰", "19:00")), List.of("FA")));
        assertThat(v.skills()).containsExactly(new SkillLevel("teaching", 3));
        assertThat(v.availability()).containsExactly(new AvailabilitySlot("SATURDAY", "16:00", "19:00"));
        assertThat(v.languages()).containsExactly("fa");
        assertThat(v.smsConsent()).isFalse();
    }

    @Test
    void aMissingBodyIsNamed() {
        assertThatThrownBy(() -> validator.validate(null)).isInstanceOf(ApiException.class);
    }
}
