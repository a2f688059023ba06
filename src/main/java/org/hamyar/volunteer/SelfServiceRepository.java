package org.hamyar.volunteer;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Json;
import org.hamyar.volunteer.SignupRequest.SkillLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Writes a volunteer makes to their own record: profile changes and erasure. */
@ApplicationScoped
public class SelfServiceRepository {

    /** The encrypted identifiers of a live volunteer, and where they live (for staff region checks). */
    record Protected(byte[] nationalIdEnc, byte[] mobileEnc, String provinceCode, int countyId) {
    }

    private static final String PROTECTED = """
            SELECT v.national_id_enc, v.mobile_enc, c.province_code, c.id
            FROM volunteer v JOIN neighbourhood n ON n.id = v.neighbourhood_id JOIN county c ON c.id = n.county_id
            WHERE v.id = $1 AND v.status <> 'ERASED'
            """;

    private static final String UPDATE = """
            UPDATE volunteer SET first_name = $2, last_name = $3, gender = $4, neighbourhood_id = $5,
                availability = $6::text::jsonb, languages = $7, max_travel_km = $8, consent_sms = $9, updated_at = $10
            WHERE id = $1 AND status <> 'ERASED'
            """;

    /** Skills dropped go; the others are upserted (one statement cannot delete and re-insert a key). */
    private static final String REPLACE_SKILLS = """
            WITH gone AS (DELETE FROM volunteer_skill WHERE volunteer_id = $1 AND skill_code <> ALL($2::text[]))
            INSERT INTO volunteer_skill (volunteer_id, skill_code, level, lat, lon, max_travel_km)
            SELECT v.id, t.code, t.level, n.lat, n.lon, v.max_travel_km
            FROM volunteer v JOIN neighbourhood n ON n.id = v.neighbourhood_id,
                 unnest($2::text[], $3::smallint[]) AS t(code, level)
            WHERE v.id = $1
            ON CONFLICT (volunteer_id, skill_code) DO UPDATE SET level = excluded.level
            """;

    /** Everything that identifies the person goes; the row stays so that counts and references stay right. */
    private static final String ERASE = """
            WITH skills AS (DELETE FROM volunteer_skill WHERE volunteer_id = $1),
                 codes AS (DELETE FROM otp_challenge WHERE volunteer_id = $1)
            UPDATE volunteer SET national_id_hmac = NULL, national_id_enc = NULL, national_id_masked = NULL,
                mobile_hmac = NULL, mobile_enc = NULL, mobile_masked = NULL, first_name = NULL, last_name = NULL,
                birth_date = NULL, gender = NULL, availability = '[]', languages = '{}', consent_sms = false,
                status = 'ERASED', erased_at = $2, updated_at = $2
            WHERE id = $1 AND status <> 'ERASED'
            """;

    private final Pool pool;
    private final ObjectMapper json;

    SelfServiceRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    Uni<Optional<Protected>> findProtected(UUID id) {
        return pool.preparedQuery(PROTECTED).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new Protected(r.getBuffer(0).getBytes(), r.getBuffer(1).getBytes(), r.getString(2),
                    r.getInteger(3)));
        });
    }

    /** False when the volunteer was erased meanwhile. */
    Uni<Boolean> update(SqlClient tx, UUID id, NewVolunteer v, OffsetDateTime now) {
        List<Object> params = Arrays.asList(id, v.firstName(), v.lastName(), v.gender(), v.neighbourhoodId(),
                Json.write(json, v.availability()), v.languages().toArray(String[]::new), v.maxTravelKm(),
                v.smsConsent(), now);
        return tx.preparedQuery(UPDATE).execute(Tuple.from(params)).flatMap(rows -> rows.rowCount() == 0
                ? Uni.createFrom().item(false)
                : tx.preparedQuery(REPLACE_SKILLS).execute(Tuple.of(id,
                        v.skills().stream().map(SkillLevel::code).toArray(String[]::new),
                        v.skills().stream().map(s -> s.level().shortValue()).toArray(Short[]::new)))
                        .replaceWith(true));
    }

    Uni<Boolean> erase(SqlClient tx, UUID id, OffsetDateTime now) {
        return tx.preparedQuery(ERASE).execute(Tuple.of(id, now)).map(rows -> rows.rowCount() == 1);
    }

    Pool pool() {
        return pool;
    }
}
