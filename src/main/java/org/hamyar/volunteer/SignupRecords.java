package org.hamyar.volunteer;

/**
 * A table of another feature that gets a row for every sign-up. Its owner hands out the insert, and the sign-up runs
 * it inside its own single statement, so a sign-up stays one round trip and one commit.
 */
public interface SignupRecords {

    /**
     * A data-modifying {@code INSERT … SELECT … FROM signups}. {@code signups} has a row per volunteer signed up,
     * with the columns {@code id}, {@code campaign_id} (null outside a campaign), {@code province_code},
     * {@code signup_day} (date, Tehran) and {@code skill_codes} (text[]).
     */
    String insertFrom(String signups);
}
