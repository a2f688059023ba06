package org.hamyar.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.audit.AuditLog.AccessLogEntry;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/** A citizen's own record, for the citizen only. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VOLUNTEER)
public class MeResource {

    private final SelfService self;
    private final Caller caller;

    MeResource(SelfService self, Caller caller) {
        this.self = self;
        this.caller = caller;
    }

    @GET
    public Uni<VolunteerView> get() {
        return self.get(caller.volunteerId());
    }

    @PATCH
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    public Uni<VolunteerView> update(JsonNode patch) {
        return self.update(caller.volunteerId(), patch, caller.actor());
    }

    @GET
    @Path("export")
    public Uni<Response> export() {
        return self.export(caller.volunteerId(), caller.actor()).map(export -> Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"hamyar-my-data.json\"")
                .build());
    }

    @DELETE
    public Uni<Response> erase() {
        return self.erase(caller.volunteerId(), caller.actor()).map(x -> Response.noContent().build());
    }

    @GET
    @Path("access-log")
    public Uni<Page<AccessLogEntry>> accessLog(@RestQuery String page, @RestQuery String size) {
        return self.accessLog(caller.volunteerId(), PageRequest.of(page, size));
    }
}
