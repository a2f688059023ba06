package org.hamyar.geo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.PageRequest;
import org.hamyar.common.PersianText;
import org.hamyar.geo.GeoViews.CountyView;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.geo.GeoViews.ProvinceView;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class GeoService {

    private final NeighbourhoodIndex index;

    GeoService(NeighbourhoodIndex index) {
        this.index = index;
    }

    static final int MAX_QUERY_LENGTH = 100;

    @WithSession
    public Uni<List<ProvinceView>> provinces() {
        return Province.<Province> listAll(Sort.by("code"))
                .map(list -> list.stream().map(ProvinceView::of).toList());
    }

    @WithSession
    public Uni<List<CountyView>> counties(String provinceCode) {
        return Province.<Province> findById(provinceCode)
                .onItem().ifNull().failWith(ApiException::notFound)
                .flatMap(p -> County.<County> list("provinceCode", Sort.by("id"), provinceCode))
                .map(list -> list.stream().map(CountyView::of).toList());
    }

    /** Every county, for labels (90 of them, fixed by migrations). */
    @WithSession
    public Uni<List<CountyView>> allCounties() {
        return County.<County> listAll(Sort.by("id")).map(list -> list.stream().map(CountyView::of).toList());
    }

    /** A neighbourhood by id, with its county and province; empty for an unknown id. */
    @WithSession
    public Uni<java.util.Optional<NeighbourhoodView>> neighbourhood(int id) {
        return Neighbourhood.<Neighbourhood> findById(id)
                .map(n -> java.util.Optional.ofNullable(n).map(NeighbourhoodView::of));
    }

    /**
     * {@code q} is folded like the stored search key, so ي/ی, ك/ک, ZWNJ and digit forms all match. Served from the
     * in-memory {@link NeighbourhoodIndex}: reference data, fixed while the service runs.
     */
    public Uni<org.hamyar.common.Page<NeighbourhoodView>> neighbourhoods(Integer countyId, String q,
            PageRequest paging) {
        String key = PersianText.searchKey(q);
        return index.search(countyId, key != null && !key.isBlank() ? key.trim() : null, paging);
    }
}
