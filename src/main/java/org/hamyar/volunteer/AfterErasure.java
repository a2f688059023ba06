package org.hamyar.volunteer;

import java.util.UUID;

import io.smallrye.mutiny.Uni;

/** What another feature does once a volunteer's data is erased: let go of what it still holds for them. */
public interface AfterErasure {

    /** Runs after the erasure has committed; a failure leaves the erasure standing. */
    Uni<Void> erased(UUID volunteerId);
}
