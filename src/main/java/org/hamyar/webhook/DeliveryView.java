package org.hamyar.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hamyar.outbox.OutboxDeliveries;

/** One webhook delivery as its partner app sees it: the event id, its subscription and how sending it went. */
public record DeliveryView(UUID id, UUID subscriptionId, String eventType, String status, int attempts, String lastError,
        OffsetDateTime createdAt, OffsetDateTime failedAt) {

    static DeliveryView of(OutboxDeliveries.Delivery d) {
        return new DeliveryView(d.id(), d.recipientId(), d.eventType(), d.status().name(), d.attempts(), d.lastError(),
                d.createdAt(), d.failedAt());
    }
}
