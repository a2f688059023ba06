package org.hamyar.geo;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.PageRequest;
import org.hamyar.common.PersianText;
import org.hamyar.geo.GeoViews.CountyView;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.geo.GeoViews.ProvinceView;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class GeoService {

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

    /** {@code q} is folded like the stored search key, so ي/ی, ك/ک, ZWNJ and digit forms all match. */
    @WithSession
    public Uni<org.hamyar.common.Page<NeighbourhoodView>> neighbourhoods(Integer countyId, String q,
            PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (countyId != null) {
            where.add("county.id = :county");
            params.and("county", countyId);
        }
        String key = PersianText.searchKey(q);
        if (key != null && !key.isBlank()) {
            where.add("searchKey like :q escape '\\'");
            params.and("q", "%" + escapeLike(key.trim()) + "%");
        }
        String query = where.isEmpty() ? "from Neighbourhood" : "from Neighbourhood where " + String.join(" and ", where);
        var found = Neighbourhood.<Neighbourhood> find(query, Sort.by("id"), params)
                .page(Page.of(paging.page(), paging.size()));
        var rows = paging.beyondIntOffsets() ? Uni.createFrom().item(List.<Neighbourhood> of()) : found.list();
        return rows.flatMap(items -> found.count().map(total -> new org.hamyar.common.Page<>(
                items.stream().map(NeighbourhoodView::of).toList(), paging.page(), paging.size(), total)));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
