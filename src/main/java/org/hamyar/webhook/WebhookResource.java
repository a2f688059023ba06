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
import org.hamyar.common.Page;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class WebhookResource {

    private final WebhookService webhooks;
    private final WebhookDeliveries deliveries;
    private final Caller caller;

    WebhookResource(WebhookService webhooks, WebhookDeliveries deliveries, Caller caller) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
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

    /** The caller's deliveries that were given up on (after the last retry), newest first. */
    @GET
    @Path("deliveries")
    public Uni<Page<DeliveryView>> failedDeliveries(@RestQuery String status, @RestQuery String page,
            @RestQuery String size) {
        return deliveries.list(status, page, size, caller)
                .map(p -> new Page<>(p.items().stream().map(DeliveryView::of).toList(), p.page(), p.size(), p.total()));
    }

    /** Sends a failed delivery again, with a full set of retries; the same event id, so receivers deduplicate. */
    @POST
    @Path("deliveries/{id}/retry")
    public Uni<Response> retry(@RestPath String id) {
        return deliveries.retry(Ids.uuidOrNotFound(id), caller)
                .map(d -> Response.accepted(DeliveryView.of(d)).build());
    }
}
