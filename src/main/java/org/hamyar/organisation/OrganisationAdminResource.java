package org.hamyar.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.ApiException;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.Responses;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OrganisationAdminResource {

    private final OrganisationAdmin organisations;
    private final Caller caller;

    OrganisationAdminResource(OrganisationAdmin organisations, Caller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    public Uni<Page<OrganisationAdmin.View>> list(@RestQuery String page, @RestQuery String size) {
        return organisations.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public Uni<OrganisationAdmin.View> get(@RestPath String id) {
        return organisations.get(longOrNotFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(OrganisationAdmin.Request request) {
        return organisations.create(request, caller).map(Responses::created);
    }

    /** An id that is not a number names nothing: 404 like an unknown one. */
    static long longOrNotFound(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.notFound();
    }
}
