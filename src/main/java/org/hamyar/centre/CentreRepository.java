package org.hamyar.centre;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.CountedPages;
import org.hamyar.common.Json;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.SqlArgs;
import org.hamyar.common.WeeklySlot;
import org.hamyar.security.Region;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Centre rows. Distance search is a bounding box on the (lat, lon) index, then the haversine distance. */
@ApplicationScoped
public class CentreRepository {

    /** A search: every filter optional; {@code near} needs {@code radiusKm}. */
    record Search(Integer neighbourhoodId, String type, Double lat, Double lon, Double radiusKm, PageRequest paging,
            Long ownerOrganisationId, Region ownerRegion) {

        Search(Integer neighbourhoodId, String type, Double lat, Double lon, Double radiusKm, PageRequest paging) {
            this(neighbourhoodId, type, lat, lon, radiusKm, paging, null, null);
        }
    }

    /** Who owns a centre and where it is: what a write must be allowed against. */
    public record Owner(long organisationId, int countyId, String provinceCode) {
    }

    private static final double EARTH_KM = 6371.0088;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_KM / 180;

    private static final String COLUMNS = """
            c.id, c.type, c.name_fa, c.name_en, c.address, c.neighbourhood_id, c.lat, c.lon, c.capacity,
            c.opening_hours::text AS opening_hours, c.contact_phone, c.contact_email, o.id AS org_id, o.kind AS org_kind,
            o.name_fa AS org_name_fa, o.name_en AS org_name_en, c.updated_at
            """;

    /** The great-circle distance in km from the centre to a point given as two placeholders. */
    private static final String DISTANCE = """
            2 * %s * asin(sqrt(power(sin(radians(c.lat - %%1$s) / 2), 2)
                + cos(radians(%%1$s)) * cos(radians(c.lat)) * power(sin(radians(c.lon - %%2$s) / 2), 2)))"""
            .formatted(EARTH_KM);

    /** Filled with the distance, the filters present, the radius filter and the paging (see {@link #search}). */
    private static final String SEARCH = """
            WITH hits AS (
                SELECT %s, %%s AS d
                FROM centre c JOIN organisation o ON o.id = c.organisation_id
                %%s
            ), inside AS (
                SELECT * FROM hits %%s
            )
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM inside) t
            LEFT JOIN LATERAL (SELECT * FROM inside ORDER BY d NULLS LAST, name_fa, id LIMIT %%s OFFSET %%s) p ON true
            """.formatted(COLUMNS);

    private static final String FIND = "SELECT " + COLUMNS + ", NULL FROM centre c JOIN organisation o ON "
            + "o.id = c.organisation_id WHERE c.id = $1";

    private static final String OWNER = """
            SELECT c.organisation_id, n.county_id, co.province_code
            FROM centre c JOIN neighbourhood n ON n.id = c.neighbourhood_id JOIN county co ON co.id = n.county_id
            WHERE c.id = $1
            """;

    private static final String INSERT = """
            INSERT INTO centre (id, organisation_id, type, name_fa, name_en, address, neighbourhood_id, lat, lon,
                                capacity, opening_hours, contact_phone, contact_email, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12, $13, $14, $14)
            """;

    private static final String UPDATE = """
            UPDATE centre SET type = $2, name_fa = $3, name_en = $4, address = $5, neighbourhood_id = $6, lat = $7,
                lon = $8, capacity = $9, opening_hours = $10::text::jsonb, contact_phone = $11, contact_email = $12,
                updated_at = $13
            WHERE id = $1
            """;

    private static final TypeReference<List<WeeklySlot>> SLOTS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    CentreRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    Pool pool() {
        return pool;
    }

    /** Only the filters present are written into the statement, so that its generic plan uses the indexes. */
    Uni<Page<CentreView>> search(Search s) {
        SqlArgs args = new SqlArgs();
        List<String> where = new ArrayList<>();
        String distance = "NULL::float8";
        String inside = "";
        if (s.neighbourhoodId() != null) {
            where.add("c.neighbourhood_id = " + args.add(s.neighbourhoodId(), "integer"));
        }
        if (s.type() != null) {
            where.add("c.type = " + args.add(s.type(), "text"));
        }
        if (s.lat() != null) {
            double dLat = s.radiusKm() == null ? 0 : s.radiusKm() / KM_PER_DEGREE;
            double dLon = s.radiusKm() == null ? 0
                    : s.radiusKm() / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(s.lat()))));
            String lat = args.add(s.lat(), "float8");
            String lon = args.add(s.lon(), "float8");
            String dy = args.add(dLat, "float8");
            String dx = args.add(dLon, "float8");
            distance = DISTANCE.formatted(lat, lon);
            where.add("c.lat BETWEEN %1$s - %3$s AND %1$s + %3$s AND c.lon BETWEEN %2$s - %4$s AND %2$s + %4$s"
                    .formatted(lat, lon, dy, dx));
        }
        if (s.radiusKm() != null) {
            inside = "WHERE d <= " + args.add(s.radiusKm(), "float8");
        }
        if (s.ownerOrganisationId() != null) {
            Region region = s.ownerRegion();
            where.add("""
                    c.organisation_id = %s AND EXISTS (
                        SELECT 1 FROM neighbourhood nb JOIN county co ON co.id = nb.county_id
                        WHERE nb.id = c.neighbourhood_id AND (co.province_code = %s OR co.id = %s))"""
                    .formatted(args.add(s.ownerOrganisationId(), "bigint"),
                            args.add(region == null ? null : region.provinceCode(), "text"),
                            args.add(region == null ? null : region.countyId(), "integer")));
        }
        String sql = SEARCH.formatted(distance, where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where),
                inside, args.add(s.paging().size()), args.add(s.paging().offset()));
        return pool.preparedQuery(sql).execute(args.tuple())
                .map(rows -> CountedPages.read(rows, s.paging(), r -> view(r, 1)));
    }

    Uni<Optional<CentreView>> find(SqlClient client, UUID id) {
        return client.preparedQuery(FIND).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next(), 0)));
    }

    public Uni<Optional<Owner>> owner(UUID id) {
        return pool.preparedQuery(OWNER).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new Owner(r.getLong(0), r.getInteger(1), r.getString(2)));
        });
    }

    Uni<Void> insert(SqlClient tx, UUID id, long organisationId, CentreRequest c, OffsetDateTime now) {
        List<Object> params = Arrays.asList(id, organisationId, c.type(), c.nameFa(), c.nameEn(), c.address(),
                c.neighbourhoodId(), c.lat(), c.lon(), c.capacity(), Json.write(json, c.openingHours()),
                c.contact().phone(), c.contact().email(), now);
        return tx.preparedQuery(INSERT).execute(Tuple.from(params)).replaceWithVoid();
    }

    Uni<Void> update(SqlClient tx, UUID id, CentreRequest c, OffsetDateTime now) {
        List<Object> params = Arrays.asList(id, c.type(), c.nameFa(), c.nameEn(), c.address(), c.neighbourhoodId(),
                c.lat(), c.lon(), c.capacity(), Json.write(json, c.openingHours()), c.contact().phone(),
                c.contact().email(), now);
        return tx.preparedQuery(UPDATE).execute(Tuple.from(params)).replaceWithVoid();
    }

    private CentreView view(Row r, int o) {
        Double distance = r.getDouble(o + 17);
        return new CentreView(r.getUUID(o), r.getString(o + 1), r.getString(o + 2), r.getString(o + 3),
                r.getString(o + 4), r.getInteger(o + 5), r.getDouble(o + 6), r.getDouble(o + 7), r.getInteger(o + 8),
                Json.read(json, r.getString(o + 9), SLOTS), new CentreRequest.Contact(r.getString(o + 10), r.getString(o + 11)),
                new CentreView.Organisation(r.getLong(o + 12), r.getString(o + 13), r.getString(o + 14),
                        r.getString(o + 15)),
                distance == null ? null : Math.round(distance * 100) / 100.0,
                r.getOffsetDateTime(o + 16).withOffsetSameInstant(ZoneOffset.UTC));
    }

}
