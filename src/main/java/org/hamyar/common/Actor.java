package org.hamyar.common;

/**
 * Who is calling, as the audit trail records it. {@code organisationId} is null for citizens; {@code name} is what a
 * volunteer reading their access log sees (a staff member's display name, a partner app's name).
 */
public record Actor(Kind kind, String id, String name, Long organisationId) {

    public enum Kind {
        VOLUNTEER,
        STAFF,
        PARTNER,
        SYSTEM,
        /** The national administrator: organisations, staff accounts and partner apps, never volunteers. */
        ADMIN
    }
}
