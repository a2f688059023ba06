package org.hamyar.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.Ids;
import org.hamyar.common.Messages;
import org.hamyar.common.Responses;
import org.hamyar.matching.ProposalService.ManualProposal;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final ProposalService proposals;
    private final MatchWorkflow workflow;
    private final Caller caller;

    MatchResource(ProposalService proposals, MatchWorkflow workflow, Caller caller) {
        this.proposals = proposals;
        this.workflow = workflow;
        this.caller = caller;
    }

    /** Staff propose a volunteer by hand. */
    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> propose(ManualProposal body, @RestHeader("Idempotency-Key") String idempotencyKey,
            @RestHeader("Accept-Language") String language) {
        return proposals.manual(body, idempotencyKey, caller, Messages.locale(language)).map(Responses::created);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.STAFF, Roles.VOLUNTEER })
    public Uni<MatchView> get(@RestPath String id, @RestHeader("Accept-Language") String language) {
        return workflow.read(Ids.uuidOrNotFound(id), caller, Messages.locale(language));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({ Roles.STAFF, Roles.VOLUNTEER })
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<MatchView> transition(@RestPath String id, TransitionRequest body,
            @RestHeader("Accept-Language") String language) {
        return workflow.transition(Ids.uuidOrNotFound(id), body, caller, Messages.locale(language));
    }
}
