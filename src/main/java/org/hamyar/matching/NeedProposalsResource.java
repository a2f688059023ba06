package org.hamyar.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.common.ApiException;
import org.hamyar.common.Ids;
import org.hamyar.common.Messages;
import org.hamyar.matching.ProposalService.ProposalResult;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/needs/{id}/proposals")
@Produces(MediaType.APPLICATION_JSON)
public class NeedProposalsResource {

    /** An optional body: how many proposals to make. */
    public record ProposalRequest(Integer limit) {
    }

    private static final int MAX = 50;

    private final ProposalService proposals;
    private final Caller caller;
    private final int ceiling;

    NeedProposalsResource(ProposalService proposals, Caller caller,
            @ConfigProperty(name = "hamyar.matching.proposals-per-need") int ceiling) {
        this.proposals = proposals;
        this.caller = caller;
        this.ceiling = ceiling;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ProposalResult> propose(@RestPath String id, ProposalRequest body,
            @RestHeader("Accept-Language") String language) {
        Integer limit = body == null ? null : body.limit();
        if (limit != null && (limit < 1 || limit > MAX)) {
            throw ApiException.invalid("limit", "range");
        }
        return proposals.forNeed(Ids.uuidOrNotFound(id), limit, ceiling, caller, Messages.locale(language));
    }
}
