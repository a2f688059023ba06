package org.hamyar.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.PageRequest;
import org.hamyar.common.PersianText;
import org.hamyar.geo.GeoViews.CountyView;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.geo.GeoViews.ProvinceView;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reference geography, read with the reactive client: a few plain statements do not need an ORM session. */
@ApplicationScoped
public class GeoService {

    static final int MAX_QUERY_LENGTH = 100;

    private static final String PROVINCES = """
            SELECT code, name_fa, name_en, capital_fa, capital_en, lat, lon FROM province ORDER BY code
            """;

    private static final String COUNTY_COLUMNS = "c.id, c.province_code, c.name_fa, c.name_en, c.lat, c.lon";

    /** One row with a null county for a province without counties, none for an unknown province. */
    private static final String COUNTIES_OF = """
            SELECT p.code, %s FROM province p LEFT JOIN county c ON c.province_code = p.code
            WHERE p.code = $1 ORDER BY c.id
            """.formatted(COUNTY_COLUMNS);

    private static final String COUNTIES = "SELECT " + COUNTY_COLUMNS + " FROM county c ORDER BY c.id";

    private final Pool pool;
    private final NeighbourhoodIndex index;

    GeoService(Pool pool, NeighbourhoodIndex index) {
        this.pool = pool;
        this.index = index;
    }

    public Uni<List<ProvinceView>> provinces() {
        return pool.preparedQuery(PROVINCES).execute().map(rows -> {
            List<ProvinceView> list = new ArrayList<>(rows.size());
            for (Row r : rows) {
                list.add(new ProvinceView(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getDouble(5), r.getDouble(6)));
            }
            return list;
        });
    }

    public Uni<List<CountyView>> counties(String provinceCode) {
        return pool.preparedQuery(COUNTIES_OF).execute(Tuple.of(provinceCode)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiException.notFound();
            }
            List<CountyView> list = new ArrayList<>(rows.size());
            for (Row r : rows) {
                if (r.getValue(1) != null) {
                    list.add(county(r, 1));
                }
            }
            return list;
        });
    }

    /** Every county, for labels (90 of them, fixed by migrations). */
    public Uni<List<CountyView>> allCounties() {
        return pool.preparedQuery(COUNTIES).execute().map(rows -> {
            List<CountyView> list = new ArrayList<>(rows.size());
            for (Row r : rows) {
                list.add(county(r, 0));
            }
            return list;
        });
    }

    /** A neighbourhood by id, with its county and province; empty for an unknown id. */
    public Uni<Optional<NeighbourhoodView>> neighbourhood(int id) {
        return index.byId(id);
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

    /** Reads {@link #COUNTY_COLUMNS} starting at column {@code o}. */
    private static CountyView county(Row r, int o) {
        return new CountyView(r.getInteger(o), r.getString(o + 1), r.getString(o + 2), r.getString(o + 3),
                r.getDouble(o + 4), r.getDouble(o + 5));
    }
}
