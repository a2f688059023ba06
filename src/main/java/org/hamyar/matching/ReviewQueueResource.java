package org.hamyar.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hamyar.common.Messages;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.matching.ReviewQueue.DecisionRequest;
import org.hamyar.matching.ReviewQueue.DecisionResults;
import org.hamyar.matching.ReviewQueue.QueueItem;
import org.hamyar.security.Caller;
import org.hamyar.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class ReviewQueueResource {

    private final ReviewQueue queue;
    private final Caller caller;

    ReviewQueueResource(ReviewQueue queue, Caller caller) {
        this.queue = queue;
        this.caller = caller;
    }

    @GET
    public Uni<Page<QueueItem>> list(@RestQuery String sort, @RestQuery String need, @RestQuery String centre,
            @RestQuery String skill, @RestQuery String page, @RestQuery String size,
            @RestHeader("Accept-Language") String language) {
        return queue.list(sort, ReviewQueue.Filter.parse(need, centre, skill), PageRequest.of(page, size), caller,
                Messages.locale(language));
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DecisionResults> decide(DecisionRequest body, @RestHeader("Accept-Language") String language) {
        return queue.decide(body, caller, Messages.locale(language));
    }
}
