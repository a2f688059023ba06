package org.hamyar.volunteer;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.Responses;
import org.hamyar.security.Caller;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @Inject
    SignupService signups;

    @Inject
    VolunteerProfiles profiles;

    @Inject
    Caller caller;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> signUp(SignupRequest request, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return signups.signUp(request, idempotencyKey).map(Responses::created);
    }

    @GET
    @Path("{id}")
    @Authenticated
    public Uni<VolunteerView> get(@RestPath String id, @RestHeader("X-Access-Reason") String reason) {
        return profiles.get(id, caller, reason);
    }
}
