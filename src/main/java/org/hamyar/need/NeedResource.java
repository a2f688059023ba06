package org.hamyar.need;

import java.util.UUID;

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

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource {

    private final NeedService needs;
    private final Caller caller;
    private final CurrentIdentityAssociation identity;

    NeedResource(NeedService needs, Caller caller, CurrentIdentityAssociation identity) {
        this.needs = needs;
        this.caller = caller;
        this.identity = identity;
    }

    /** Public; a token of the owning organisation also shows its sensitive needs' details. */
    @GET
    @PermitAll
    public Uni<Page<NeedView>> search(@RestQuery String neighbourhood, @RestQuery String county,
            @RestQuery String skill, @RestQuery String targetGroup, @RestQuery String status,
            @RestQuery String page, @RestQuery String size) {
        NeedQuery query = NeedQuery.parse(neighbourhood, county, skill, targetGroup, status, page, size);
        // Public, but an optional token shows the caller's own sensitive needs: resolve it without blocking.
        return identity.getDeferredIdentity().flatMap(who -> needs.search(query, Caller.of(who)));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Uni<NeedView> get(@RestPath String id) {
        UUID needId = Ids.uuidOrNotFound(id);
        return identity.getDeferredIdentity().flatMap(who -> needs.get(needId, Caller.of(who)));
    }

    @POST
    @RolesAllowed({ Roles.STAFF, Scopes.NEEDS_WRITE })
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(NeedRequest request, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return needs.create(request, idempotencyKey, caller).map(Responses::created);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({ Roles.STAFF, Scopes.NEEDS_WRITE })
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    public Uni<NeedView> update(@RestPath String id, JsonNode patch) {
        return needs.update(Ids.uuidOrNotFound(id), patch, caller);
    }
}
