package org.hamyar.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A claimed message: {@code id} is its event id, stable across attempts; {@code payload} the JSON queued. */
public record OutboxMessage(UUID id, Outbox.Channel channel, UUID recipientId, String eventType, String payload,
        int attempts, OffsetDateTime createdAt) {
}
