package org.hamyar.audit;

import java.util.UUID;

import org.hamyar.common.Actor;

/**
 * One line of the audit trail: {@code actor} did {@code action} to an object, concerning a volunteer's personal data
 * when {@code subjectVolunteerId} is set, for {@code reason}.
 */
public record AuditEntry(Actor actor, String action, String objectType, String objectId, UUID subjectVolunteerId,
        String reason) {
}
