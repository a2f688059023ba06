package org.hamyar.geo;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.QueryParams;
import org.hamyar.geo.GeoViews.CountyView;
import org.hamyar.geo.GeoViews.Items;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.geo.GeoViews.ProvinceView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** Public: no token needed. */
@PermitAll
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class GeoResource {

    @Inject
    GeoService geo;

    @GET
    @Path("provinces")
    public Uni<Items<ProvinceView>> provinces() {
        return geo.provinces().map(Items::new);
    }

    @GET
    @Path("provinces/{code}/counties")
    public Uni<Items<CountyView>> counties(@RestPath String code) {
        return geo.counties(code).map(Items::new);
    }

    @GET
    @Path("neighbourhoods")
    public Uni<Page<NeighbourhoodView>> neighbourhoods(@RestQuery String county, @RestQuery String q,
            @RestQuery String page, @RestQuery String size) {
        List<FieldViolation> violations = new ArrayList<>();
        Integer countyId = QueryParams.integer("county", county, 1, Integer.MAX_VALUE, violations);
        if (q != null && q.length() > GeoService.MAX_QUERY_LENGTH) {
            violations.add(new FieldViolation("q", "too-long"));
        }
        PageRequest paging = PageRequest.of(page, size, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return geo.neighbourhoods(countyId, q, paging);
    }
}
