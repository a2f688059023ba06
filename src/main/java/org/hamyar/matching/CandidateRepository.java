package org.hamyar.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Json;
import org.hamyar.common.WeeklySlot;
import org.hamyar.matching.MatchScoring.NeedProfile;
import org.hamyar.matching.MatchScoring.Requirement;
import org.hamyar.matching.MatchScoring.VolunteerProfile;
import org.hamyar.webhook.WebhookNotices.Audience;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads what matching scores: needs, the candidate pool for a need, a volunteer, open needs near a volunteer. */
@ApplicationScoped
class CandidateRepository {

    /** An open need near a volunteer, as the suggestion query found it. */
    record NearbyNeed(UUID id, String title, boolean sensitive, UUID centreId, String centreName, int neighbourhoodId,
            double km, String priority, NeedProfile profile, LocalDate startsOn, LocalDate endsOn,
            int volunteersNeeded) {
    }

    private static final String CANDIDATES = sql("matching/candidates.sql");
    private static final String SUGGESTIONS = sql("matching/suggestions.sql");

    private static final String NEED = """
            SELECT n.id, n.status, n.volunteers_needed, n.title, n.priority, n.sensitive, c.id, c.lat, c.lon,
                   c.organisation_id, co.province_code, nb.county_id, n.weekly_slots::text, n.languages,
                   (SELECT json_agg(json_build_object('code', s.skill_code, 'minLevel', s.min_level))::text
                    FROM need_skill s WHERE s.need_id = n.id)
            FROM need n JOIN centre c ON c.id = n.centre_id JOIN neighbourhood nb ON nb.id = c.neighbourhood_id
                 JOIN county co ON co.id = nb.county_id
            WHERE n.id = $1
            """;

    /** One volunteer as the candidate query gives them; the distance only when a place ($2, $3) is given. */
    private static final String VOLUNTEER = """
            SELECT v.id, v.first_name, v.last_name, v.neighbourhood_id,
                   CASE WHEN $2::float8 IS NULL THEN 0 ELSE km_between(nb.lat, nb.lon, $2, $3) END,
                   v.max_travel_km, v.availability::text, v.languages,
                   (SELECT json_agg(json_build_object('code', s.skill_code, 'level', s.level))::text
                    FROM volunteer_skill s WHERE s.volunteer_id = v.id),
                   (SELECT count(*) FROM match m WHERE m.volunteer_id = v.id AND m.status IN ('ACCEPTED', 'ACTIVE'))
            FROM volunteer v JOIN neighbourhood nb ON nb.id = v.neighbourhood_id
            WHERE v.id = $1 AND v.status IN ('REGISTERED', 'ACTIVE')
            """;

    private static final TypeReference<List<WeeklySlot>> SLOTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    CandidateRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    Uni<Optional<NeedFacts>> need(SqlClient client, UUID id, boolean lockForUpdate) {
        return client.preparedQuery(lockForUpdate ? NEED + " FOR UPDATE OF n" : NEED).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(needFacts(rows.iterator().next())));
    }

    /** The pool to rank: for each required skill, the {@code perSkill} nearest holders who would come. */
    Uni<List<Candidate>> pool(SqlClient client, UUID needId, int perSkill) {
        return client.preparedQuery(CANDIDATES).execute(Tuple.of(needId, perSkill)).map(rows -> {
            List<Candidate> out = new ArrayList<>();
            rows.forEach(r -> out.add(candidate(r)));
            return out;
        });
    }

    Uni<Optional<Candidate>> volunteer(SqlClient client, UUID volunteerId, Double lat, Double lon) {
        return client.preparedQuery(VOLUNTEER).execute(Tuple.from(Arrays.asList(volunteerId, lat, lon)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(candidate(rows.iterator().next())));
    }

    Uni<List<NearbyNeed>> openNeedsNear(SqlClient client, UUID volunteerId, int limit, LocalDate today) {
        return client.preparedQuery(SUGGESTIONS).execute(Tuple.of(volunteerId, limit, today)).map(rows -> {
            List<NearbyNeed> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new NearbyNeed(r.getUUID(0), r.getString(1), r.getBoolean(2), r.getUUID(3), r.getString(4),
                        r.getInteger(5), r.getDouble(6), r.getString(7),
                        profile(r.getString(8), r.getArrayOfStrings(9), r.getString(13)), r.getLocalDate(10),
                        r.getLocalDate(11), r.getInteger(12)));
            }
            return out;
        });
    }

    Pool pool() {
        return pool;
    }

    private NeedFacts needFacts(Row r) {
        return new NeedFacts(r.getUUID(0), r.getString(1), r.getInteger(2), r.getString(3), r.getString(4),
                r.getBoolean(5), r.getUUID(6), r.getDouble(7), r.getDouble(8),
                new Audience(r.getLong(9), r.getString(10), r.getInteger(11)),
                profile(r.getString(12), r.getArrayOfStrings(13), r.getString(14)));
    }

    private NeedProfile profile(String slots, String[] languages, String skills) {
        List<Requirement> required = new ArrayList<>();
        for (Map<String, Object> s : objects(skills)) {
            required.add(new Requirement((String) s.get("code"), ((Number) s.get("minLevel")).intValue()));
        }
        return new NeedProfile(required, Json.read(json, slots, SLOTS), List.of(languages));
    }

    private Candidate candidate(Row r) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (Map<String, Object> s : objects(r.getString(8))) {
            skills.put((String) s.get("code"), ((Number) s.get("level")).intValue());
        }
        VolunteerProfile profile = new VolunteerProfile(skills, Json.read(json, r.getString(6), SLOTS),
                List.of(r.getArrayOfStrings(7)), r.getDouble(4), r.getInteger(5), r.getLong(9).intValue());
        return new Candidate(r.getUUID(0), VolunteerSummary.of(r.getUUID(0), r.getString(1), r.getString(2),
                r.getInteger(3)), profile, null);
    }

    private List<Map<String, Object>> objects(String text) {
        return text == null ? List.of() : Json.read(json, text, OBJECTS);
    }

    private static String sql(String resource) {
        try (InputStream in = CandidateRepository.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
