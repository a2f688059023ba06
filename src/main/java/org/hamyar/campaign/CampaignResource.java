package org.hamyar.campaign;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hamyar.common.ApiException;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** Public: no token needed. */
@PermitAll
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignStatsService stats;

    @GET
    public Uni<Page<CampaignView>> list(@RestQuery String page, @RestQuery String size) {
        return campaigns.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public Uni<CampaignView> get(@RestPath String id) {
        return campaigns.get(parseId(id));
    }

    @GET
    @Path("{id}/stats")
    public Uni<CampaignStats> stats(@RestPath String id) {
        return stats.stats(parseId(id));
    }

    /** An id that is not a number names no campaign: 404, like any unknown id. */
    private static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound();
        }
    }
}
