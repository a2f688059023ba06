/**
 * The audit trail: who read or changed what, when and why; volunteers' access logs.
 * <p>
 * Owns {@code audit_entry}.
 */
package org.hamyar.audit;
