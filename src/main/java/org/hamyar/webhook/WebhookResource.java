package org.hamyar.webhook;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.Ids;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class WebhookResource {

    private final WebhookService webhooks;
    private final Caller caller;

    WebhookResource(WebhookService webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> subscribe(WebhookRequest request) {
        return webhooks.subscribe(request, caller).map(created -> Response
                .created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build());
    }

    @GET
    public Uni<Map<String, List<WebhookView>>> list() {
        return webhooks.list(caller).map(items -> Map.of("items", items));
    }

    @DELETE
    @Path("{id}")
    public Uni<Response> unsubscribe(@RestPath String id) {
        return webhooks.unsubscribe(Ids.uuidOrNotFound(id), caller).replaceWith(Response.noContent().build());
    }
}
