package org.hamyar.geo;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Where a neighbourhood sits in the hierarchy, for region checks. */
@ApplicationScoped
public class Places {

    /** A neighbourhood with its county and province. */
    public record Place(int neighbourhoodId, int countyId, String provinceCode) {
    }

    private final Pool pool;

    Places(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<Place>> ofNeighbourhood(int id) {
        return pool.preparedQuery("""
                SELECT n.id, c.id, c.province_code FROM neighbourhood n JOIN county c ON c.id = n.county_id
                WHERE n.id = $1""")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next()).map(
                                r -> new Place(r.getInteger(0), r.getInteger(1), r.getString(2))));
    }
}
