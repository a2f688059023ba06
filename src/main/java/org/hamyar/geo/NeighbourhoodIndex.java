package org.hamyar.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The neighbourhoods in memory, for the public search: they are reference data written only by migrations, which run
 * before the service starts, so a copy read once cannot go stale. The search then costs no database round trip and
 * no session (it was two Panache queries per request).
 * <p>
 * Matching is on the stored {@code search_key} column as read, not on a key folded again in Java, so the answers are
 * those of the SQL it replaces: {@code search_key LIKE '%' || folded query || '%'}, ordered by id.
 */
@ApplicationScoped
public class NeighbourhoodIndex {

    private static final Logger LOG = Logger.getLogger(NeighbourhoodIndex.class);

    private static final String ALL = """
            SELECT n.id, n.county_id, co.province_code, n.name_fa, n.name_en, n.district_fa, n.district_en, n.lat,
                   n.lon, n.search_key
            FROM neighbourhood n JOIN county co ON co.id = n.county_id
            ORDER BY n.id
            """;

    /** One neighbourhood and its search key. */
    record Entry(NeighbourhoodView view, String searchKey) {
    }

    private final Pool pool;
    /** Null until the first load succeeds; a failed load is retried by the next request. */
    private volatile List<Entry> entries;

    NeighbourhoodIndex(Pool pool) {
        this.pool = pool;
    }

    /** Loaded at start so the first search does not wait; not awaited, so start-up does not wait either. */
    void warm(@Observes StartupEvent start) {
        entries().subscribe().with(list -> LOG.debugf("neighbourhood index: %d entries", list.size()),
                e -> LOG.warnf("neighbourhood index not loaded at start (%s); the first search retries",
                        e.getClass().getSimpleName()));
    }

    /**
     * The page of neighbourhoods in {@code countyId} (if given) whose search key contains {@code needle} (if not
     * null), by id.
     */
    Uni<Page<NeighbourhoodView>> search(Integer countyId, String needle, PageRequest paging) {
        return entries().map(list -> {
            List<NeighbourhoodView> items = new ArrayList<>();
            long total = 0;
            long from = paging.offset();
            long to = from + paging.size();
            for (Entry e : list) {
                if ((countyId == null || e.view().countyId() == countyId)
                        && (needle == null || e.searchKey().contains(needle))) {
                    if (total >= from && total < to) {
                        items.add(e.view());
                    }
                    total++;
                }
            }
            return new Page<>(items, paging.page(), paging.size(), total);
        });
    }

    /** A neighbourhood by id, from the same copy (a scan, as the search is: about a hundred entries). */
    Uni<Optional<NeighbourhoodView>> byId(int id) {
        return entries().map(list -> list.stream().map(Entry::view).filter(v -> v.id() == id).findFirst());
    }

    private Uni<List<Entry>> entries() {
        List<Entry> loaded = entries;
        if (loaded != null) {
            return Uni.createFrom().item(loaded);
        }
        return pool.preparedQuery(ALL).execute().map(rows -> {
            List<Entry> list = new ArrayList<>(rows.size());
            for (Row r : rows) {
                list.add(new Entry(new NeighbourhoodView(r.getInteger(0), r.getInteger(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getDouble(7),
                        r.getDouble(8)), r.getString(9)));
            }
            List<Entry> fixed = List.copyOf(list);
            entries = fixed;
            return fixed;
        });
    }
}
