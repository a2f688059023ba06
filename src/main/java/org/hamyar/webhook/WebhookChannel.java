package org.hamyar.webhook;

import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Json;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.outbox.Outbox;
import org.hamyar.outbox.OutboxChannel;
import org.hamyar.outbox.OutboxMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Delivers queued events to their subscription's URL, signed with its secret; see {@link WebhookSender}. */
@ApplicationScoped
class WebhookChannel implements OutboxChannel {

    private final Pool pool;
    private final WebhookSender sender;
    private final PersonalDataCrypto crypto;
    private final ObjectMapper json;

    WebhookChannel(Pool pool, WebhookSender sender, PersonalDataCrypto crypto, ObjectMapper json) {
        this.pool = pool;
        this.sender = sender;
        this.crypto = crypto;
        this.json = json;
    }

    @Override
    public Outbox.Channel channel() {
        return Outbox.Channel.WEBHOOK;
    }

    @Override
    public Uni<Delivery> deliver(OutboxMessage m) {
        return pool.preparedQuery("SELECT url, secret_enc FROM webhook_subscription WHERE id = $1")
                .execute(Tuple.of(m.recipientId()))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Delivery.NOT_SENT);
                    }
                    Row s = rows.iterator().next();
                    String secret = crypto.decrypt(s.getBuffer(1).getBytes());
                    return sender.send(s.getString(0), secret, m.id().toString(), m.eventType(), body(m))
                            .replaceWith(Delivery.SENT);
                });
    }

    private String body(OutboxMessage m) {
        ObjectNode body = json.createObjectNode();
        body.put("id", m.id().toString());
        body.put("type", m.eventType());
        body.put("occurredAt", m.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
        try {
            body.set("data", json.readTree(m.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored outbox payload is not JSON", e);
        }
        return Json.write(json, body);
    }
}
