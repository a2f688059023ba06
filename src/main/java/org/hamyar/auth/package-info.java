/**
 * Log-in and tokens: citizens' one-time codes, staff passwords (Argon2id), partner apps' client credentials, the
 * signing keys and the JWK set.
 * <p>
 * Owns {@code otp_challenge}, {@code otp_send}, {@code staff_login_failure} and {@code staff_password_link}. Reads
 * {@code staff_account} and {@code partner_client} (owned by {@code organisation}) to check credentials, and writes
 * only {@code staff_account.password_hash} (a holder setting their password, {@link org.hamyar.auth.StaffPasswords});
 * finds volunteers through
 * {@link org.hamyar.volunteer.VolunteerDirectory}.
 */
package org.hamyar.auth;
