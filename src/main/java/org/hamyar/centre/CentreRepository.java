package org.hamyar.centre;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.CountedPages;
import org.hamyar.common.Json;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
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

    private static final String SEARCH = """
            WITH hits AS (
                SELECT %s, CASE WHEN $3::float8 IS NULL THEN NULL ELSE 2 * %s * asin(sqrt(
                           power(sin(radians(c.lat - $3) / 2), 2)
                           + cos(radians($3)) * cos(radians(c.lat)) * power(sin(radians(c.lon - $4) / 2), 2))) END AS d
                FROM centre c JOIN organisation o ON o.id = c.organisation_id
                WHERE ($1::integer IS NULL OR c.neighbourhood_id = $1)
                  AND ($2::text IS NULL OR c.type = $2)
                  AND ($3::float8 IS NULL OR (c.lat BETWEEN $3 - $6 AND $3 + $6 AND c.lon BETWEEN $4 - $7 AND $4 + $7))
                  AND ($10::bigint IS NULL OR (c.organisation_id = $10 AND EXISTS (
                      SELECT 1 FROM neighbourhood nb JOIN county co ON co.id = nb.county_id
                      WHERE nb.id = c.neighbourhood_id AND (co.province_code = $11 OR co.id = $12))))
            ), inside AS (
                SELECT * FROM hits WHERE $5::float8 IS NULL OR d <= $5
            )
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM inside) t
            LEFT JOIN LATERAL (SELECT * FROM inside ORDER BY d NULLS LAST, name_fa, id LIMIT $8 OFFSET $9) p ON true
            """.formatted(COLUMNS, EARTH_KM);

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

    Uni<Page<CentreView>> search(Search s) {
        double dLat = s.radiusKm() == null ? 0 : s.radiusKm() / KM_PER_DEGREE;
        double dLon = s.radiusKm() == null ? 0
                : s.radiusKm() / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(s.lat()))));
        Region region = s.ownerRegion();
        List<Object> params = Arrays.asList(s.neighbourhoodId(), s.type(), s.lat(), s.lon(), s.radiusKm(), dLat, dLon,
                s.paging().size(), s.paging().offset(), s.ownerOrganisationId(),
                region == null ? null : region.provinceCode(), region == null ? null : region.countyId());
        return pool.preparedQuery(SEARCH).execute(Tuple.from(params))
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
