package org.hamyar.campaign;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.volunteer.SignupRecords;

/** Each sign-up in a campaign appends an event that the statistics roll up (no shared row to lock). */
@ApplicationScoped
class SignupEvents implements SignupRecords {

    @Override
    public String insertFrom(String signups) {
        return """
                INSERT INTO signup_event (campaign_id, province_code, day, skill_codes)
                SELECT campaign_id, province_code, signup_day, skill_codes FROM %s WHERE campaign_id IS NOT NULL"""
                .formatted(signups);
    }
}
