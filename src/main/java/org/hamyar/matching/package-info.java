/**
 * Matching volunteers with needs: candidates and scores, proposals (the job, on demand, by hand), the review
 * workflow, places and the waitlist, and who is told what.
 * <p>
 * Owns {@code match}, {@code match_transition} and {@code match_request}. Reads volunteers, needs and centres in
 * its candidate queries (one round trip each); changes them only through their owners
 * ({@link org.hamyar.need.NeedStates}), and tells through {@code outbox}, {@code webhook} and
 * {@link org.hamyar.volunteer.VolunteerTexts}.
 */
package org.hamyar.matching;
