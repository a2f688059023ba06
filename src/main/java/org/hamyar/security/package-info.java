/**
 * What the verified token of a request means to this service: {@link org.hamyar.security.Caller} (a volunteer, or
 * staff or a partner app of an organisation acting in a region), roles and scopes. Issuing tokens is {@code auth}'s.
 * <p>
 * Owns no table.
 */
package org.hamyar.security;
