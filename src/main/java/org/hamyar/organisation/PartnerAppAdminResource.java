package org.hamyar.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.QueryParams;
import org.hamyar.common.Responses;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/partner-apps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PartnerAppAdminResource {

    private final PartnerApps apps;
    private final Caller caller;

    PartnerAppAdminResource(PartnerApps apps, Caller caller) {
        this.apps = apps;
        this.caller = caller;
    }

    @GET
    public Uni<Page<PartnerApps.View>> list(@RestQuery String organisationId, @RestQuery String page,
            @RestQuery String size) {
        Long organisation = QueryParams.id("organisationId", organisationId);
        return apps.list(organisation, PageRequest.of(page, size));
    }

    /** Answers under /api/v1/admin are never cached (application.properties), so neither is the secret. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(PartnerApps.Request request) {
        return apps.create(request, caller).map(Responses::created);
    }

    @POST
    @Path("{clientId}/secret")
    public Uni<PartnerApps.WithSecret> rotate(@RestPath String clientId) {
        return apps.rotateSecret(clientId, caller);
    }
}
