package org.hamyar.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;

/** A volunteer as the API shows it: the national ID and mobile only ever masked. */
public record VolunteerView(
        UUID id,
        String status,
        String nationalIdMasked,
        String mobileMasked,
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
        Consent consent,
        OffsetDateTime createdAt) {

    static final String REGISTERED = "REGISTERED";

    /** The same volunteer, counted in a campaign (null outside one). */
    VolunteerView inCampaign(Long campaign) {
        return new VolunteerView(id, status, nationalIdMasked, mobileMasked, firstName, lastName, birthDate, gender,
                neighbourhoodId, skills, availability, languages, maxTravelKm, campaign, consent, createdAt);
    }
}
