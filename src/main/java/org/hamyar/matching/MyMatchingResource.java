package org.hamyar.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hamyar.common.Messages;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.matching.CandidateService.Suggestions;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** A volunteer's own side of matching: what fits them, and their matches to answer. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VOLUNTEER)
public class MyMatchingResource {

    private final CandidateService candidates;
    private final MatchWorkflow matches;
    private final Caller caller;

    MyMatchingResource(CandidateService candidates, MatchWorkflow matches, Caller caller) {
        this.candidates = candidates;
        this.matches = matches;
        this.caller = caller;
    }

    @GET
    @Path("suggestions")
    public Uni<Suggestions> suggestions(@RestQuery String limit, @RestHeader("Accept-Language") String language) {
        return candidates.suggestions(caller.volunteerId(), Limits.parse(limit, 10, 50), Messages.locale(language));
    }

    @GET
    @Path("matches")
    public Uni<Page<MatchView>> matches(@RestQuery String page, @RestQuery String size,
            @RestHeader("Accept-Language") String language) {
        return matches.ofVolunteer(caller.volunteerId(), PageRequest.of(page, size), Messages.locale(language));
    }
}
