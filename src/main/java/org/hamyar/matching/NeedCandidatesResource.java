package org.hamyar.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hamyar.common.Ids;
import org.hamyar.common.Messages;
import org.hamyar.matching.CandidateService.CandidateList;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/needs/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class NeedCandidatesResource {

    private final CandidateService candidates;
    private final Caller caller;

    NeedCandidatesResource(CandidateService candidates, Caller caller) {
        this.candidates = candidates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public Uni<CandidateList> candidates(@RestPath String id, @RestQuery String limit,
            @RestHeader("Accept-Language") String language) {
        return candidates.candidates(Ids.uuidOrNotFound(id), Limits.parse(limit, 20, 100), caller,
                Messages.locale(language));
    }
}
