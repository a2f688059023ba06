package org.hamyar.matching;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.volunteer.AfterErasure;

import io.smallrye.mutiny.Uni;

/** A volunteer who erased their data leaves every match still under way, so a place they held goes on. */
@ApplicationScoped
class ErasedVolunteers implements AfterErasure {

    private final MatchWorkflow workflow;

    ErasedVolunteers(MatchWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public Uni<Void> erased(UUID volunteerId) {
        return workflow.withdrawAll(volunteerId);
    }
}
