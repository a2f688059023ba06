package org.hamyar.outbox;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Json;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Queues messages through the caller's transaction, so a change and the news of it commit together; the
 * {@link OutboxWorker} sends them later. A restart loses nothing: what is queued stays until delivered.
 */
@ApplicationScoped
public class Outbox {

    /** One row per subscription of the organisation that asked for this event, from an app whose region covers it. */
    private static final String WEBHOOK = """
            INSERT INTO outbox (id, channel, subscription_id, event_type, payload, next_attempt_at, created_at)
            SELECT gen_random_uuid(), 'WEBHOOK', s.id, $4, $5::text::jsonb, $6, $6
            FROM webhook_subscription s JOIN partner_client p ON p.client_id = s.client_id
            WHERE s.organisation_id = $1 AND $4 = ANY (s.events)
              AND (p.region_province = $2 OR p.region_county = $3)
            """;

    /** Only to volunteers who agreed to text messages; the number is looked up when sending, never copied here. */
    private static final String SMS = """
            INSERT INTO outbox (id, channel, volunteer_id, event_type, payload, next_attempt_at, created_at)
            SELECT gen_random_uuid(), 'SMS', v.id, $2, jsonb_build_object('text', $3::text), $4, $4
            FROM volunteer v WHERE v.id = $1 AND v.consent_sms AND v.status <> 'ERASED'
            """;

    /** Where the event happened: the organisation that owns it and the place, to find who may hear of it. */
    public record Audience(long organisationId, String provinceCode, int countyId) {
    }

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> webhook(SqlClient tx, Audience audience, String eventType, Map<String, Object> data,
            OffsetDateTime at) {
        return tx.preparedQuery(WEBHOOK).execute(Tuple.from(Arrays.asList(audience.organisationId(),
                audience.provinceCode(), audience.countyId(), eventType, Json.write(json, data), at)))
                .replaceWithVoid();
    }

    public Uni<Void> sms(SqlClient tx, UUID volunteerId, String eventType, String text, OffsetDateTime at) {
        return tx.preparedQuery(SMS).execute(Tuple.of(volunteerId, eventType, text, at)).replaceWithVoid();
    }
}
