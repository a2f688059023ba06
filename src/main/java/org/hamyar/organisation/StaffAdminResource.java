package org.hamyar.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.Ids;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.QueryParams;
import org.hamyar.common.Responses;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffAdminResource {

    private final StaffAccounts staff;
    private final Caller caller;

    StaffAdminResource(StaffAccounts staff, Caller caller) {
        this.staff = staff;
        this.caller = caller;
    }

    @GET
    public Uni<Page<StaffAccounts.View>> list(@RestQuery String organisationId, @RestQuery String page,
            @RestQuery String size) {
        Long organisation = QueryParams.id("organisationId", organisationId);
        return staff.list(organisation, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public Uni<StaffAccounts.View> get(@RestPath String id) {
        return staff.get(Ids.uuidOrNotFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(StaffAccounts.Request request) {
        return staff.create(request, caller).map(Responses::created);
    }

    @POST
    @Path("{id}/disable")
    public Uni<StaffAccounts.View> disable(@RestPath String id) {
        return staff.disable(Ids.uuidOrNotFound(id), caller);
    }

    @POST
    @Path("{id}/enable")
    public Uni<StaffAccounts.View> enable(@RestPath String id) {
        return staff.enable(Ids.uuidOrNotFound(id), caller);
    }

    @POST
    @Path("{id}/reset")
    public Uni<StaffAccounts.View> reset(@RestPath String id) {
        return staff.reset(Ids.uuidOrNotFound(id), caller);
    }
}
