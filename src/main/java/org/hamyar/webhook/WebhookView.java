package org.hamyar.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription; {@code secret} only in the answer that creates it, never again. */
public record WebhookView(UUID id, String url, List<String> events, OffsetDateTime createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    WebhookView withoutSecret() {
        return new WebhookView(id, url, events, createdAt, null);
    }
}
