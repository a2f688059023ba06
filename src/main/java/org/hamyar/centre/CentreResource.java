package org.hamyar.centre;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.Ids;
import org.hamyar.common.Page;
import org.hamyar.common.Responses;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.hamyar.security.Scopes;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/centres")
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {

    private final CentreService centres;
    private final Caller caller;

    CentreResource(CentreService centres, Caller caller) {
        this.centres = centres;
        this.caller = caller;
    }

    @GET
    @PermitAll
    public Uni<Page<CentreView>> search(@RestQuery String neighbourhood, @RestQuery String type,
            @RestQuery String near, @RestQuery String radiusKm, @RestQuery String page, @RestQuery String size) {
        return centres.search(CentreQuery.parse(neighbourhood, type, near, radiusKm, page, size));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Uni<CentreView> get(@RestPath String id) {
        return centres.get(Ids.uuidOrNotFound(id));
    }

    @POST
    @RolesAllowed({ Roles.STAFF, Scopes.CENTRES_WRITE })
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(CentreRequest request, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return centres.create(request, idempotencyKey, caller).map(Responses::created);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({ Roles.STAFF, Scopes.CENTRES_WRITE })
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    public Uni<CentreView> update(@RestPath String id, JsonNode patch) {
        return centres.update(Ids.uuidOrNotFound(id), patch, caller);
    }
}
