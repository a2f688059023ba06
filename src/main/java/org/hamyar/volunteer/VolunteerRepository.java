package org.hamyar.volunteer;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.FieldViolation;
import org.hamyar.common.Json;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Volunteer rows through the reactive SQL client (the sign-up's writes are {@link SignupInserts}). */
@ApplicationScoped
public class VolunteerRepository {

    /** Why the insert was refused: each reference that does not exist or is not open for sign-up. */
    private static final String DIAGNOSE = """
            SELECT NOT EXISTS (SELECT 1 FROM neighbourhood WHERE id = $1::integer),
                   ARRAY(SELECT u.i - 1 FROM unnest($2::text[]) WITH ORDINALITY AS u(code, i)
                         WHERE NOT EXISTS (SELECT 1 FROM skill WHERE code = u.code) ORDER BY u.i),
                   CASE WHEN $3::bigint IS NULL THEN NULL
                        WHEN NOT EXISTS (SELECT 1 FROM campaign WHERE id = $3::bigint) THEN 'unknown'
                        ELSE 'inactive' END
            """;

    private static final String FIND = """
            SELECT v.id, v.status, v.national_id_masked, v.mobile_masked, v.first_name, v.last_name, v.birth_date,
                   v.gender, v.neighbourhood_id, v.availability::text, v.languages, v.max_travel_km, v.campaign_id,
                   v.consent_data_processing, v.consent_sms, v.created_at,
                   (SELECT coalesce(json_agg(json_build_object('code', s.skill_code, 'level', s.level)
                                             ORDER BY s.skill_code), '[]')::text
                    FROM volunteer_skill s WHERE s.volunteer_id = v.id)
            FROM volunteer v WHERE v.id = $1 AND v.status <> 'ERASED'
            """;

    private static final TypeReference<List<SkillLevel>> SKILLS = new TypeReference<>() {
    };
    private static final TypeReference<List<AvailabilitySlot>> SLOTS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    VolunteerRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** The fields to blame when an insert was refused for its references. */
    Uni<List<FieldViolation>> diagnose(int neighbourhoodId, List<SkillLevel> skills, Long campaignId) {
        Tuple params = Tuple.of(neighbourhoodId, skills.stream().map(SkillLevel::code).toArray(String[]::new),
                campaignId);
        return pool.preparedQuery(DIAGNOSE).execute(params).map(rows -> {
            Row row = rows.iterator().next();
            List<FieldViolation> out = new ArrayList<>();
            if (row.getBoolean(0)) {
                out.add(new FieldViolation("neighbourhoodId", "unknown"));
            }
            for (Long index : row.getArrayOfLongs(1)) {
                out.add(new FieldViolation("skills[" + index + "].code", "unknown"));
            }
            if (row.getString(2) != null) {
                out.add(new FieldViolation("campaignId", row.getString(2)));
            }
            return out;
        });
    }

    Uni<Optional<VolunteerView>> find(UUID id) {
        return pool.preparedQuery(FIND).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toView(rows.iterator().next())));
    }

    private VolunteerView toView(Row r) {
        return new VolunteerView(r.getUUID(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getLocalDate(6), r.getString(7), r.getInteger(8), Json.read(json, r.getString(16), SKILLS),
                Json.read(json, r.getString(9), SLOTS), List.of(r.getArrayOfStrings(10)), r.getInteger(11), r.getLong(12),
                new Consent(r.getBoolean(13), r.getBoolean(14)),
                r.getOffsetDateTime(15).withOffsetSameInstant(ZoneOffset.UTC));
    }

}
