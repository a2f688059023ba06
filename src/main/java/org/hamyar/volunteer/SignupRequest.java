package org.hamyar.volunteer;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/volunteers}, as sent; {@link SignupValidator} checks and normalises it. */
public record SignupRequest(
        String nationalId,
        String mobile,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String gender,
        Integer neighbourhoodId,
        List<SkillLevel> skills,
        List<AvailabilitySlot> availability,
        List<String> languages,
        Integer maxTravelKm,
        Long campaignId,
        Consent consent) {

    public record SkillLevel(String code, Integer level) {
    }

    public record AvailabilitySlot(String day, String from, String to) {
    }

    public record Consent(Boolean dataProcessing, Boolean sms) {
    }
}
