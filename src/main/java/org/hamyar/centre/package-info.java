/**
 * Centres of organisations: public search (nearest first), and creation and changes by their organisation inside
 * its region.
 * <p>
 * Owns {@code centre}.
 */
package org.hamyar.centre;
