package org.hamyar.geo;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Where a neighbourhood sits in the hierarchy, for region checks. */
@ApplicationScoped
public class Places {

    private static final double EARTH_KM = 6371.0088;

    /** A neighbourhood with its county and province, and where it is. */
    public record Place(int neighbourhoodId, int countyId, String provinceCode, double lat, double lon) {

        /** Great-circle kilometres from the neighbourhood's location to this point (as km_between in SQL). */
        public double kmTo(double lat2, double lon2) {
            double dLat = Math.toRadians(lat2 - lat);
            double dLon = Math.toRadians(lon2 - lon);
            double h = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
        }
    }

    private final Pool pool;

    Places(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<Place>> ofNeighbourhood(int id) {
        return pool.preparedQuery("""
                SELECT n.id, c.id, c.province_code, n.lat, n.lon FROM neighbourhood n JOIN county c ON c.id = n.county_id
                WHERE n.id = $1""")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next()).map(
                                r -> new Place(r.getInteger(0), r.getInteger(1), r.getString(2), r.getDouble(3),
                                        r.getDouble(4))));
    }
}
