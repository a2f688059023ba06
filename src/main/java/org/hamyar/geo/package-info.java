/**
 * Reference geography: provinces, counties and neighbourhoods.
 * <p>
 * Owns {@code province}, {@code county} and {@code neighbourhood} (written only by migrations).
 */
package org.hamyar.geo;
