package org.hamyar.outbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Json;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Queues messages through the caller's transaction, so a change and the news of it commit together; the
 * {@link OutboxWorker} sends them later through the {@link OutboxChannel} of their channel. A restart loses
 * nothing: what is queued stays until delivered. Who receives a message is the recipients' owner's business: it
 * hands over a {@link Recipients} query, and the outbox writes one message per row it selects.
 */
@ApplicationScoped
public class Outbox {

    /** How a message travels, and the outbox column that names its recipient. */
    public enum Channel {
        SMS("volunteer_id"),
        WEBHOOK("subscription_id");

        private final String recipientColumn;

        Channel(String recipientColumn) {
            this.recipientColumn = recipientColumn;
        }

        String recipientColumn() {
            return recipientColumn;
        }
    }

    /**
     * A query selecting the ids (one uuid column) of a message's recipients, written by the feature that owns them;
     * its parameters are {@code $1} to {@code $n}.
     */
    public record Recipients(String sql, List<Object> params) {
    }

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** One message per recipient, each with its own id (the event id a receiver deduplicates by). */
    public Uni<Void> enqueue(SqlClient tx, Channel channel, Recipients recipients, String eventType,
            Map<String, ?> payload, OffsetDateTime at) {
        int n = recipients.params().size();
        String sql = """
                INSERT INTO outbox (id, channel, %s, event_type, payload, next_attempt_at, created_at)
                SELECT gen_random_uuid(), $%d, r.id, $%d, $%d::text::jsonb, $%d, $%d
                FROM (%s) AS r(id)""".formatted(channel.recipientColumn, n + 1, n + 2, n + 3, n + 4, n + 4,
                recipients.sql());
        List<Object> params = new ArrayList<>(recipients.params());
        params.add(channel.name());
        params.add(eventType);
        params.add(Json.write(json, payload));
        params.add(at);
        return tx.preparedQuery(sql).execute(Tuple.from(params)).replaceWithVoid();
    }
}
