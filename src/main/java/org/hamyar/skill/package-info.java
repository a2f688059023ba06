/**
 * The skill taxonomy.
 * <p>
 * Owns {@code skill_category} and {@code skill} (written only by migrations).
 */
package org.hamyar.skill;
