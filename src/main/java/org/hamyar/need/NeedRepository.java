package org.hamyar.need;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.CountedPages;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Json;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.SqlArgs;
import org.hamyar.common.WeeklySlot;
import org.hamyar.need.NeedRequest.RequiredSkill;
import org.hamyar.security.Region;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Need rows with their required skills. */
@ApplicationScoped
public class NeedRepository {

    /** Filters (each optional) and who is asking: the organisation and region that may see sensitive details. */
    record Search(UUID id, Integer neighbourhoodId, Integer countyId, String skill, String targetGroup, String status,
            Long viewerOrganisationId, Region viewerRegion, PageRequest paging, boolean viewersOwnOnly) {

        Search(UUID id, Integer neighbourhoodId, Integer countyId, String skill, String targetGroup, String status,
                Long viewerOrganisationId, Region viewerRegion, PageRequest paging) {
            this(id, neighbourhoodId, countyId, skill, targetGroup, status, viewerOrganisationId, viewerRegion, paging,
                    false);
        }
    }

    /** A need as found, and whether the viewer may see its sensitive details. */
    record Found(NeedView view, boolean revealed) {
    }

    /**
     * Filled with: whether the viewer may see a need's details, the filters on the need, those on its details, and
     * the paging (see {@link #search}).
     */
    private static final String SEARCH = """
            WITH hits AS (
                SELECT n.id, n.centre_id, c.neighbourhood_id, nb.county_id, n.title, n.description, n.target_group,
                       n.volunteers_needed, n.starts_on, n.ends_on, n.weekly_slots::text AS weekly_slots, n.priority,
                       n.status, n.sensitive, n.created_at, n.updated_at, n.languages,
                       %s AS revealed,
                       CASE n.priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'NORMAL' THEN 2 ELSE 1 END AS rank
                FROM need n JOIN centre c ON c.id = n.centre_id
                     JOIN neighbourhood nb ON nb.id = c.neighbourhood_id JOIN county co ON co.id = nb.county_id
                %s
            ), visible AS (
                SELECT * FROM hits %s
            )
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM visible) t
            LEFT JOIN LATERAL (
                SELECT v.*, (SELECT coalesce(json_agg(json_build_object('code', s.skill_code, 'minLevel', s.min_level)
                                                      ORDER BY s.skill_code), '[]')::text
                             FROM need_skill s WHERE s.need_id = v.id) AS skills
                FROM visible v ORDER BY v.rank DESC, v.created_at DESC, v.id LIMIT %s OFFSET %s
            ) p ON true
            """;

    private static final String INSERT = """
            WITH n AS (
                INSERT INTO need (id, centre_id, title, description, target_group, volunteers_needed, starts_on,
                                  ends_on, weekly_slots, priority, status, sensitive, created_at, updated_at,
                                  languages)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $11, $12, $13, $13, $16)
                RETURNING id
            )
            INSERT INTO need_skill (need_id, skill_code, min_level)
            SELECT n.id, t.code, t.level FROM n, unnest($14::text[], $15::smallint[]) AS t(code, level)
            """;

    /** Skills no longer asked for go; the others are upserted (one statement cannot delete and re-insert a key). */
    private static final String UPDATE = """
            WITH n AS (
                UPDATE need SET title = $2, description = $3, target_group = $4, volunteers_needed = $5,
                    starts_on = $6, ends_on = $7, weekly_slots = $8::text::jsonb, priority = $9, status = $10,
                    sensitive = $11, updated_at = $12, languages = $15
                WHERE id = $1 RETURNING id
            ), gone AS (
                DELETE FROM need_skill WHERE need_id IN (SELECT id FROM n) AND skill_code <> ALL($13::text[])
            )
            INSERT INTO need_skill (need_id, skill_code, min_level)
            SELECT n.id, t.code, t.level FROM n, unnest($13::text[], $14::smallint[]) AS t(code, level)
            ON CONFLICT (need_id, skill_code) DO UPDATE SET min_level = excluded.min_level
            """;

    private static final TypeReference<List<RequiredSkill>> SKILLS = new TypeReference<>() {
    };
    private static final TypeReference<List<WeeklySlot>> SLOTS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    NeedRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    Pool pool() {
        return pool;
    }

    Uni<Page<Found>> search(Search s) {
        return search(pool, s);
    }

    /** The owner's full view of a need just written, read inside the writing transaction. */
    Uni<NeedView> find(SqlClient tx, UUID id) {
        return search(tx, new Search(id, null, null, null, null, null, null, null, new PageRequest(0, 1)))
                .map(page -> page.items().get(0).view());
    }

    /** Only the filters present are written into the statement, so that its generic plan uses the indexes. */
    private Uni<Page<Found>> search(SqlClient client, Search s) {
        SqlArgs args = new SqlArgs();
        String ownedHere = null;
        if (s.viewerOrganisationId() != null || s.viewersOwnOnly()) {
            Region region = s.viewerRegion();
            ownedHere = "(c.organisation_id = %s AND (co.province_code = %s OR co.id = %s))".formatted(
                    args.add(s.viewerOrganisationId(), "bigint"),
                    args.add(region == null ? null : region.provinceCode(), "text"),
                    args.add(region == null ? null : region.countyId(), "integer"));
        }
        String revealed = s.viewerOrganisationId() == null ? "(NOT n.sensitive)"
                : "(NOT n.sensitive OR " + ownedHere + ")";
        List<String> hits = new ArrayList<>();
        if (s.id() != null) {
            hits.add("n.id = " + args.add(s.id(), "uuid"));
        }
        if (s.countyId() != null) {
            hits.add("nb.county_id = " + args.add(s.countyId(), "integer"));
        }
        if (s.status() != null) {
            hits.add("n.status = " + args.add(s.status(), "text"));
        }
        if (s.viewersOwnOnly()) {
            hits.add(ownedHere);
        }
        // Filtering by target group, skill or neighbourhood must not reveal which sensitive needs serve that group
        // or where they are: those filters find only needs whose details the viewer may see.
        List<String> visible = new ArrayList<>();
        if (s.targetGroup() != null) {
            visible.add("target_group = " + args.add(s.targetGroup(), "text") + " AND revealed");
        }
        if (s.neighbourhoodId() != null) {
            visible.add("neighbourhood_id = " + args.add(s.neighbourhoodId(), "integer") + " AND revealed");
        }
        if (s.skill() != null) {
            visible.add("revealed AND EXISTS (SELECT 1 FROM need_skill s WHERE s.need_id = hits.id AND s.skill_code = "
                    + args.add(s.skill(), "text") + ")");
        }
        String sql = SEARCH.formatted(revealed, where(hits), where(visible), args.add(s.paging().size()),
                args.add(s.paging().offset()));
        return client.preparedQuery(sql).execute(args.tuple())
                .map(rows -> CountedPages.read(rows, s.paging(), this::found));
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    Uni<Optional<Found>> find(UUID id, Long viewerOrganisationId, Region viewerRegion) {
        return search(new Search(id, null, null, null, null, null, viewerOrganisationId, viewerRegion,
                new PageRequest(0, 1))).map(page -> page.items().stream().findFirst());
    }

    Uni<Void> insert(SqlClient tx, UUID id, UUID centreId, NeedRequest n, OffsetDateTime now) {
        List<Object> params = new ArrayList<>(Arrays.asList(id, centreId, n.title(), n.description(),
                n.targetGroup(), n.volunteersNeeded(), n.startsOn(), n.endsOn(), Json.write(json, n.weeklySlots()),
                n.priority(), n.status(), n.sensitive(), now));
        params.addAll(skillArrays(n.skills()));
        params.add(n.languages().toArray(String[]::new));
        return tx.preparedQuery(INSERT).execute(Tuple.from(params)).replaceWithVoid();
    }

    Uni<Void> update(SqlClient tx, UUID id, NeedRequest n, OffsetDateTime now) {
        List<Object> params = new ArrayList<>(Arrays.asList(id, n.title(), n.description(), n.targetGroup(),
                n.volunteersNeeded(), n.startsOn(), n.endsOn(), Json.write(json, n.weeklySlots()), n.priority(),
                n.status(), n.sensitive(), now));
        params.addAll(skillArrays(n.skills()));
        params.add(n.languages().toArray(String[]::new));
        return tx.preparedQuery(UPDATE).execute(Tuple.from(params)).replaceWithVoid();
    }

    /** The skills of a refused write that do not exist, named by their index. */
    Uni<List<FieldViolation>> unknownSkills(List<RequiredSkill> skills) {
        return pool.preparedQuery("""
                SELECT u.i - 1 FROM unnest($1::text[]) WITH ORDINALITY AS u(code, i)
                WHERE NOT EXISTS (SELECT 1 FROM skill WHERE code = u.code) ORDER BY u.i""")
                .execute(Tuple.of(skills.stream().map(RequiredSkill::code).toArray(String[]::new)))
                .map(rows -> {
                    List<FieldViolation> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new FieldViolation("skills[" + r.getLong(0) + "].code", "unknown")));
                    return out;
                });
    }

    private static List<Object> skillArrays(List<RequiredSkill> skills) {
        return List.of(skills.stream().map(RequiredSkill::code).toArray(String[]::new),
                skills.stream().map(s -> s.minLevel().shortValue()).toArray(Short[]::new));
    }

    private Found found(Row r) {
        NeedView view = new NeedView(r.getUUID(1), r.getUUID(2), r.getInteger(3), r.getInteger(4), r.getString(5),
                r.getString(6), r.getString(7), Json.read(json, r.getString(20), SKILLS), r.getInteger(8), r.getLocalDate(9),
                r.getLocalDate(10), Json.read(json, r.getString(11), SLOTS), r.getString(12), r.getString(13),
                r.getBoolean(14), utc(r.getOffsetDateTime(15)), utc(r.getOffsetDateTime(16)),
                List.of(r.getArrayOfStrings(17)));
        return new Found(view, r.getBoolean(18));
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }

}
