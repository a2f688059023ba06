/**
 * Neighbourhood needs: public listings with sensitive details hidden, creation and changes by the owning
 * organisation.
 * <p>
 * Owns {@code need} and {@code need_skill}. The states the service sets itself (FILLED, OPEN again) are written
 * through {@link org.hamyar.need.NeedStates}; whoever must know that a need opened implements
 * {@link org.hamyar.need.NeedOpenings}.
 */
package org.hamyar.need;
