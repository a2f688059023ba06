/**
 * Campaigns and their live statistics.
 * <p>
 * Owns {@code campaign}, {@code campaign_stat} and {@code signup_event}. A sign-up's event is written by the
 * sign-up's own statement from the insert {@link org.hamyar.campaign.SignupEvents} hands out.
 */
package org.hamyar.campaign;
