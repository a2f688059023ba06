package org.hamyar.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.ProblemType;
import org.hamyar.outbox.Outbox;
import org.hamyar.outbox.OutboxDeliveries;
import org.hamyar.security.Caller;

import io.smallrye.mutiny.Uni;

/**
 * A partner app's webhook deliveries that were given up on, and sending one again. Only deliveries to the caller's
 * own subscriptions are ever found: another app's answer 404, as if they did not exist.
 */
@ApplicationScoped
class WebhookDeliveries {

    static final String FAILED = "FAILED";

    private final OutboxDeliveries deliveries;

    WebhookDeliveries(OutboxDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    Uni<Page<OutboxDeliveries.Delivery>> list(String status, String page, String size, Caller caller) {
        List<FieldViolation> violations = new ArrayList<>();
        if (status == null || status.isEmpty()) {
            violations.add(new FieldViolation("status", "required"));
        } else if (!FAILED.equals(status)) {
            violations.add(new FieldViolation("status", "unknown"));
        }
        PageRequest paging = PageRequest.of(page, size, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return deliveries.failed(Outbox.Channel.WEBHOOK, owned(caller), paging.size(), paging.offset())
                .map(failed -> new Page<>(failed.items(), paging.page(), paging.size(), failed.total()));
    }

    /** 404 unless it is the caller's; 409 if it was delivered; a pending one is answered as it is. */
    Uni<OutboxDeliveries.Delivery> retry(UUID id, Caller caller) {
        return deliveries.retry(Outbox.Channel.WEBHOOK, id, owned(caller)).map(found -> {
            OutboxDeliveries.Delivery d = found.orElseThrow(ApiException::notFound);
            if (d.status() == OutboxDeliveries.Status.DELIVERED) {
                throw new ApiException(ProblemType.ALREADY_DELIVERED);
            }
            return d;
        });
    }

    private static Outbox.Recipients owned(Caller caller) {
        return new Outbox.Recipients("SELECT id FROM webhook_subscription WHERE client_id = $1",
                List.of(caller.actor().id()));
    }
}
