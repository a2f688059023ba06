package org.hamyar.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.Json;
import org.hamyar.volunteer.SignupRequest.SkillLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The sign-up's writes. A sign-up is one statement (the volunteer, their skills, and the rows other features keep for
 * a sign-up), so it costs one round trip and one durable commit; sign-ups arriving together share one
 * ({@link #insertAll}, {@link SignupBatcher}).
 */
@ApplicationScoped
class SignupInserts {

    /** A volunteer to insert, its personal identifiers already protected. */
    record Insert(UUID id, byte[] nationalIdHmac, byte[] nationalIdEnc, byte[] mobileHmac, byte[] mobileEnc,
            VolunteerView view, Long requestedCampaignId, LocalDate signupDay) {
    }

    /**
     * The volunteer, their skills and the other features' rows for a sign-up ({@link SignupRecords}, the key's
     * record) in one statement. {@code signups} is what those rows are written from.
     */
    private static final String INSERT = """
            WITH c AS (
                SELECT id FROM campaign
                WHERE status = 'ACTIVE' AND starts_on <= $24::date AND (ends_on IS NULL OR ends_on >= $24::date)
                  AND ($15::bigint IS NULL OR id = $15::bigint)
                ORDER BY starts_on DESC, id DESC
                LIMIT 1
            ), v AS (
                INSERT INTO volunteer (id, national_id_hmac, national_id_enc, national_id_masked, mobile_hmac,
                    mobile_enc, mobile_masked, first_name, last_name, birth_date, gender, neighbourhood_id,
                    availability, languages, max_travel_km, campaign_id, consent_data_processing, consent_sms,
                    status, created_at)
                SELECT $1::uuid, $2::bytea, $3::bytea, $4::text, $5::bytea, $6::bytea, $7::text, $8::text, $9::text,
                    $10::date, $11::text, $12::integer, $13::text::jsonb, $14::text[], $16::integer, c.id, true,
                    $17::boolean, 'REGISTERED', $18::timestamptz
                FROM (SELECT 1) AS one LEFT JOIN c ON true
                WHERE $15::bigint IS NULL OR c.id IS NOT NULL
                RETURNING id, neighbourhood_id, campaign_id, max_travel_km
            ), s AS (
                INSERT INTO volunteer_skill (volunteer_id, skill_code, level, lat, lon, max_travel_km)
                SELECT v.id, t.code, t.level, n.lat, n.lon, v.max_travel_km
                FROM v JOIN neighbourhood n ON n.id = v.neighbourhood_id,
                     unnest($19::text[], $20::smallint[]) AS t(code, level)
            ), signups AS (
                SELECT v.id, v.campaign_id, co.province_code, $24::date AS signup_day, $19::text[] AS skill_codes,
                       $21::text AS idempotency_scope, $22::text AS idempotency_key, $23::bytea AS request_hash,
                       $25::text AS location,
                       jsonb_set($26::text::jsonb, '{campaignId}', coalesce(to_jsonb(v.campaign_id), 'null'::jsonb))
                           AS body
                FROM v JOIN neighbourhood n ON n.id = v.neighbourhood_id JOIN county co ON co.id = n.county_id
            )%s
            SELECT v.campaign_id FROM v
            """;

    /**
     * Several sign-ups in one statement, a row per array element, so that they share one statement's and one
     * commit's work in PostgreSQL. Unlike {@link #INSERT} it never fails for one row: a row whose national ID is
     * taken, whose neighbourhood or a skill is unknown or whose campaign is closed is left out (not returned), and
     * the caller sends it alone to get its exact answer. Rows go in national-ID order so that two batches sharing an
     * ID wait for each other instead of deadlocking. {@code languages} and a row's skills do not fit a rectangular
     * array: languages come as JSON text, skills as parallel arrays naming their volunteer.
     */
    private static final String INSERT_MANY = """
            WITH i AS (
                SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::text[], $5::bytea[], $6::bytea[],
                    $7::text[], $8::text[], $9::text[], $10::date[], $11::text[], $12::integer[], $13::text[],
                    $14::text[], $15::bigint[], $16::integer[], $17::boolean[], $18::timestamptz[], $19::date[],
                    $20::text[], $21::text[], $22::bytea[], $23::text[], $24::text[])
                AS i(id, national_id_hmac, national_id_enc, national_id_masked, mobile_hmac, mobile_enc,
                     mobile_masked, first_name, last_name, birth_date, gender, neighbourhood_id, availability,
                     languages, requested_campaign, max_travel_km, consent_sms, created_at, signup_day,
                     idempotency_scope, idempotency_key, request_hash, location, body)
            ), t AS (
                SELECT * FROM unnest($25::uuid[], $26::text[], $27::smallint[]) WITH ORDINALITY
                AS t(volunteer_id, code, level, position)
            ), v AS (
                INSERT INTO volunteer (id, national_id_hmac, national_id_enc, national_id_masked, mobile_hmac,
                    mobile_enc, mobile_masked, first_name, last_name, birth_date, gender, neighbourhood_id,
                    availability, languages, max_travel_km, campaign_id, consent_data_processing, consent_sms,
                    status, created_at)
                SELECT i.id, i.national_id_hmac, i.national_id_enc, i.national_id_masked, i.mobile_hmac,
                    i.mobile_enc, i.mobile_masked, i.first_name, i.last_name, i.birth_date, i.gender,
                    i.neighbourhood_id, i.availability::jsonb,
                    ARRAY(SELECT jsonb_array_elements_text(i.languages::jsonb)), i.max_travel_km, c.id, true,
                    i.consent_sms, 'REGISTERED', i.created_at
                FROM i
                LEFT JOIN LATERAL (
                    SELECT id FROM campaign
                    WHERE status = 'ACTIVE' AND starts_on <= i.signup_day
                      AND (ends_on IS NULL OR ends_on >= i.signup_day)
                      AND (i.requested_campaign IS NULL OR id = i.requested_campaign)
                    ORDER BY starts_on DESC, id DESC
                    LIMIT 1) c ON true
                WHERE (i.requested_campaign IS NULL OR c.id IS NOT NULL)
                  AND EXISTS (SELECT 1 FROM neighbourhood n WHERE n.id = i.neighbourhood_id)
                  AND NOT EXISTS (SELECT 1 FROM t WHERE t.volunteer_id = i.id
                                  AND NOT EXISTS (SELECT 1 FROM skill k WHERE k.code = t.code))
                ORDER BY i.national_id_hmac
                ON CONFLICT ON CONSTRAINT volunteer_national_id_uk DO NOTHING
                RETURNING id, neighbourhood_id, campaign_id, max_travel_km
            ), s AS (
                INSERT INTO volunteer_skill (volunteer_id, skill_code, level, lat, lon, max_travel_km)
                SELECT v.id, t.code, t.level, n.lat, n.lon, v.max_travel_km
                FROM v JOIN neighbourhood n ON n.id = v.neighbourhood_id JOIN t ON t.volunteer_id = v.id
            ), signups AS (
                SELECT v.id, v.campaign_id, co.province_code, i.signup_day,
                       ARRAY(SELECT t.code FROM t WHERE t.volunteer_id = v.id ORDER BY t.position) AS skill_codes,
                       i.idempotency_scope, i.idempotency_key, i.request_hash, i.location,
                       jsonb_set(i.body::jsonb, '{campaignId}', coalesce(to_jsonb(v.campaign_id), 'null'::jsonb))
                           AS body
                FROM v JOIN i ON i.id = v.id
                JOIN neighbourhood n ON n.id = v.neighbourhood_id JOIN county co ON co.id = n.county_id
            )%s
            SELECT v.id, v.campaign_id FROM v
            """;

    private final Pool pool;
    private final ObjectMapper json;
    private final String insert;
    private final String insertMany;

    SignupInserts(Pool pool, ObjectMapper json, @All List<SignupRecords> records) {
        this.pool = pool;
        this.json = json;
        List<String> writes = new ArrayList<>(records.stream().map(r -> r.insertFrom("signups")).sorted().toList());
        writes.add(IdempotencyKeys.insertFrom("signups"));
        StringBuilder ctes = new StringBuilder();
        for (int i = 0; i < writes.size(); i++) {
            ctes.append(", w").append(i).append(" AS (\n").append(writes.get(i)).append("\n)");
        }
        this.insert = INSERT.formatted(ctes);
        this.insertMany = INSERT_MANY.formatted(ctes);
    }

    /** Whether the row went in (not when a requested campaign is closed), and the campaign it was counted in. */
    record Inserted(boolean stored, Long campaignId) {
    }

    Uni<Inserted> insert(Insert in, IdempotencyKeys.Attempt attempt, String location, String body) {
        VolunteerView v = in.view();
        List<Object> params = Arrays.asList(
                in.id(), Buffer.buffer(in.nationalIdHmac()), Buffer.buffer(in.nationalIdEnc()), v.nationalIdMasked(),
                Buffer.buffer(in.mobileHmac()), Buffer.buffer(in.mobileEnc()), v.mobileMasked(),
                v.firstName(), v.lastName(), v.birthDate(), v.gender(), v.neighbourhoodId(),
                Json.write(json, v.availability()), v.languages().toArray(String[]::new), in.requestedCampaignId(),
                v.maxTravelKm(), v.consent().sms(), v.createdAt(),
                v.skills().stream().map(SkillLevel::code).toArray(String[]::new),
                v.skills().stream().map(s -> s.level().shortValue()).toArray(Short[]::new),
                attempt.scope(), attempt.key(), attempt.keyed() ? Buffer.buffer(attempt.requestHash()) : null,
                in.signupDay(), attempt.keyed() ? location : null, attempt.keyed() ? body : null);
        return pool.preparedQuery(insert).execute(Tuple.from(params))
                .map(rows -> rows.size() == 0
                        ? new Inserted(false, null)
                        : new Inserted(true, rows.iterator().next().getLong(0)));
    }

    /** A sign-up waiting to be inserted: what {@link #insert} takes. */
    record Pending(Insert insert, IdempotencyKeys.Attempt attempt, String location, String body) {
    }

    /**
     * Inserts those of {@code all} that can go in without an error and answers, by volunteer id, the campaign each
     * stored one was counted in (null outside a campaign). A pending sign-up missing from the answer was not stored.
     */
    Uni<Map<UUID, Long>> insertAll(List<Pending> all) {
        int n = all.size();
        UUID[] ids = new UUID[n];
        Buffer[] nidHmac = new Buffer[n], nidEnc = new Buffer[n], mobHmac = new Buffer[n], mobEnc = new Buffer[n],
                hashes = new Buffer[n];
        String[] nidMasked = new String[n], mobMasked = new String[n], first = new String[n], last = new String[n],
                genders = new String[n], slots = new String[n], languages = new String[n], scopes = new String[n],
                keys = new String[n], locations = new String[n], bodies = new String[n];
        LocalDate[] births = new LocalDate[n], days = new LocalDate[n];
        Integer[] places = new Integer[n], travel = new Integer[n];
        Long[] campaigns = new Long[n];
        Boolean[] sms = new Boolean[n];
        OffsetDateTime[] created = new OffsetDateTime[n];
        List<UUID> skillOwners = new ArrayList<>();
        List<String> skillCodes = new ArrayList<>();
        List<Short> skillLevels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Pending p = all.get(i);
            Insert in = p.insert();
            VolunteerView v = in.view();
            IdempotencyKeys.Attempt attempt = p.attempt();
            ids[i] = in.id();
            nidHmac[i] = Buffer.buffer(in.nationalIdHmac());
            nidEnc[i] = Buffer.buffer(in.nationalIdEnc());
            nidMasked[i] = v.nationalIdMasked();
            mobHmac[i] = Buffer.buffer(in.mobileHmac());
            mobEnc[i] = Buffer.buffer(in.mobileEnc());
            mobMasked[i] = v.mobileMasked();
            first[i] = v.firstName();
            last[i] = v.lastName();
            births[i] = v.birthDate();
            genders[i] = v.gender();
            places[i] = v.neighbourhoodId();
            slots[i] = Json.write(json, v.availability());
            languages[i] = Json.write(json, v.languages());
            campaigns[i] = in.requestedCampaignId();
            travel[i] = v.maxTravelKm();
            sms[i] = v.consent().sms();
            created[i] = v.createdAt();
            days[i] = in.signupDay();
            scopes[i] = attempt.scope();
            keys[i] = attempt.key();
            hashes[i] = attempt.keyed() ? Buffer.buffer(attempt.requestHash()) : null;
            locations[i] = attempt.keyed() ? p.location() : null;
            bodies[i] = attempt.keyed() ? p.body() : null;
            for (SkillLevel skill : v.skills()) {
                skillOwners.add(in.id());
                skillCodes.add(skill.code());
                skillLevels.add(skill.level().shortValue());
            }
        }
        Tuple params = Tuple.from(new Object[] { ids, nidHmac, nidEnc, nidMasked, mobHmac, mobEnc, mobMasked, first,
                last, births, genders, places, slots, languages, campaigns, travel, sms, created, days, scopes, keys,
                hashes, locations, bodies, skillOwners.toArray(UUID[]::new), skillCodes.toArray(String[]::new),
                skillLevels.toArray(Short[]::new) });
        return pool.preparedQuery(insertMany).execute(params).map(rows -> {
            Map<UUID, Long> stored = new HashMap<>();
            for (Row row : rows) {
                stored.put(row.getUUID(0), row.getLong(1));
            }
            return stored;
        });
    }
}
