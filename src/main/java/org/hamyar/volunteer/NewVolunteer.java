package org.hamyar.volunteer;

import java.time.LocalDate;
import java.util.List;

import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.SkillLevel;

/** A sign-up that passed validation, with every value in its normal form. */
public record NewVolunteer(
        NationalId nationalId,
        MobileNumber mobile,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String gender,
        int neighbourhoodId,
        List<SkillLevel> skills,
        List<AvailabilitySlot> availability,
        List<String> languages,
        int maxTravelKm,
        Long campaignId,
        boolean smsConsent) {
}
