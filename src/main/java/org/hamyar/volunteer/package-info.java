/**
 * Volunteers: sign-up, the national ID and mobile value objects, profiles, self-service (export, erasure, access
 * log) and texts to volunteers.
 * <p>
 * Owns {@code volunteer} and {@code volunteer_skill} (whose copies of the neighbourhood's position a trigger keeps
 * right). Other features keep rows per sign-up through {@link org.hamyar.volunteer.SignupRecords} and hear of an
 * erasure through {@link org.hamyar.volunteer.AfterErasure}; this package imports none of them.
 */
package org.hamyar.volunteer;
