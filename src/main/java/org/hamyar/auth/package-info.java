/**
 * Log-in and tokens: citizens' one-time codes, staff passwords (Argon2id), partner apps' client credentials, the
 * signing keys and the JWK set.
 * <p>
 * Owns {@code otp_challenge}, {@code otp_send} and {@code staff_login_failure}. Reads {@code staff_account} and
 * {@code partner_client} (owned by {@code organisation}) to check credentials, and finds volunteers through
 * {@link org.hamyar.volunteer.VolunteerDirectory}.
 */
package org.hamyar.auth;
