package org.hamyar.matching;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a match stands. A transition is allowed only from the states listed for its target, by the role named. */
public enum MatchStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    INVITED,
    ACCEPTED,
    /** Said yes when the need was already full: moves up to ACCEPTED, in acceptance order, when a place frees. */
    WAITLISTED,
    DECLINED,
    ACTIVE,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    /** The states that hold one of the need's places. */
    static final Set<MatchStatus> HOLDS_PLACE = EnumSet.of(ACCEPTED, ACTIVE, COMPLETED);

    /** Who may ask for a state: staff review and run the work, the volunteer answers for themself. */
    enum Role {
        STAFF,
        VOLUNTEER
    }

    Set<MatchStatus> reachableFrom(Role role) {
        if (role == Role.STAFF) {
            return switch (this) {
                case APPROVED, REJECTED -> EnumSet.of(PROPOSED);
                case INVITED -> EnumSet.of(APPROVED);
                case ACTIVE, NO_SHOW -> EnumSet.of(ACCEPTED);
                case COMPLETED -> EnumSet.of(ACTIVE);
                case CANCELLED -> EnumSet.of(APPROVED, INVITED, ACCEPTED, WAITLISTED, ACTIVE);
                default -> EnumSet.noneOf(MatchStatus.class);
            };
        }
        return switch (this) {
            case ACCEPTED -> EnumSet.of(INVITED);
            case DECLINED -> EnumSet.of(INVITED, WAITLISTED);
            case CANCELLED -> EnumSet.of(ACCEPTED, WAITLISTED);
            default -> EnumSet.noneOf(MatchStatus.class);
        };
    }

    /** The states staff may move a match to from this one, in the workflow's order (what a page offers). */
    public java.util.List<MatchStatus> staffMoves() {
        return java.util.Arrays.stream(values()).filter(to -> to.reachableFrom(Role.STAFF).contains(this)).toList();
    }

    /** Staff must give a reason for this move (the volunteer reads it). */
    public boolean needsReason() {
        return this == REJECTED || this == CANCELLED;
    }

    /** Completing a match records the hours served. */
    public boolean needsHours() {
        return this == COMPLETED;
    }

    /** Whether this role may ever ask for this state (otherwise 403, not 409). */
    boolean requestableBy(Role role) {
        return !reachableFrom(role).isEmpty();
    }

    String eventType() {
        return "match." + name().toLowerCase(Locale.ROOT);
    }
}
