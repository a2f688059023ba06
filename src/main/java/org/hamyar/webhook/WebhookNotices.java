package org.hamyar.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.outbox.Outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Queues an event for every subscription that should hear of it, in the transaction of the change. */
@ApplicationScoped
public class WebhookNotices {

    /** Where the event happened: the organisation that owns it and the place, to find who may hear of it. */
    public record Audience(long organisationId, String provinceCode, int countyId) {
    }

    /** The owning organisation's subscriptions to this event, from apps whose region covers the place. */
    private static final String SUBSCRIBERS = """
            SELECT s.id FROM webhook_subscription s JOIN partner_client p ON p.client_id = s.client_id
            WHERE s.organisation_id = $1 AND $4 = ANY (s.events) AND (p.region_province = $2 OR p.region_county = $3)
            """;

    private final Outbox outbox;

    WebhookNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> publish(SqlClient tx, Audience audience, String eventType, Map<String, ?> data,
            OffsetDateTime at) {
        Outbox.Recipients subscribers = new Outbox.Recipients(SUBSCRIBERS,
                List.of(audience.organisationId(), audience.provinceCode(), audience.countyId(), eventType));
        return outbox.enqueue(tx, Outbox.Channel.WEBHOOK, subscribers, eventType, data, at);
    }
}
