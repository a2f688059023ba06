package org.hamyar.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Messages as their recipients' owner may show them: the ones given up on, and putting one back in the queue. The
 * owner says whose they are with a {@link Outbox.Recipients} query (e.g. one partner app's subscriptions), so a
 * message of someone else is never found.
 */
@ApplicationScoped
public class OutboxDeliveries {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    /** One message's delivery state; {@code lastError} says why the last attempt failed, if it did. */
    public record Delivery(UUID id, UUID recipientId, String eventType, Status status, int attempts, String lastError,
            OffsetDateTime createdAt, OffsetDateTime failedAt) {
    }

    public record Failed(List<Delivery> items, long total) {
    }

    private static final String COLUMNS = """
            id, %s, event_type, CASE WHEN delivered_at IS NOT NULL THEN 'DELIVERED'
                WHEN failed_at IS NOT NULL THEN 'FAILED' ELSE 'PENDING' END, attempts, last_error, created_at,
                failed_at""";

    private final Pool pool;

    OutboxDeliveries(Pool pool) {
        this.pool = pool;
    }

    /** Given up on and not purged, newest failure first. */
    public Uni<Failed> failed(Outbox.Channel channel, Outbox.Recipients owned, int limit, long offset) {
        int n = owned.params().size();
        String where = " FROM outbox WHERE channel = $%d AND failed_at IS NOT NULL AND delivered_at IS NULL AND %s IN (%s)"
                .formatted(n + 1, channel.recipientColumn(), owned.sql());
        List<Object> params = new ArrayList<>(owned.params());
        params.add(channel.name());
        String page = "SELECT " + COLUMNS.formatted(channel.recipientColumn()) + where
                + " ORDER BY failed_at DESC, id LIMIT $%d OFFSET $%d".formatted(n + 2, n + 3);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        return pool.preparedQuery("SELECT count(*)" + where).execute(Tuple.from(params))
                .flatMap(count -> pool.preparedQuery(page).execute(Tuple.from(pageParams)).map(rows -> {
                    List<Delivery> items = new ArrayList<>();
                    rows.forEach(r -> items.add(delivery(r)));
                    return new Failed(items, count.iterator().next().getLong(0));
                }));
    }

    /**
     * A failed message goes back in the queue with a full set of attempts, due now; a pending one is left as it
     * is. Empty if the owner has no such message; a delivered one comes back unchanged, for the caller to refuse.
     */
    public Uni<Optional<Delivery>> retry(Outbox.Channel channel, UUID id, Outbox.Recipients owned) {
        int n = owned.params().size();
        String mine = " id = $%d AND channel = $%d AND %s IN (%s)".formatted(n + 1, n + 2, channel.recipientColumn(),
                owned.sql());
        List<Object> params = new ArrayList<>(owned.params());
        params.add(id);
        params.add(channel.name());
        String retry = "UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = now() WHERE" + mine
                + " AND failed_at IS NOT NULL AND delivered_at IS NULL RETURNING "
                + COLUMNS.formatted(channel.recipientColumn());
        String read = "SELECT " + COLUMNS.formatted(channel.recipientColumn()) + " FROM outbox WHERE" + mine;
        return pool.preparedQuery(retry).execute(Tuple.from(params))
                .flatMap(rows -> rows.size() > 0 ? Uni.createFrom().item(Optional.of(delivery(rows.iterator().next())))
                        : pool.preparedQuery(read).execute(Tuple.from(params))
                                .map(found -> found.size() == 0 ? Optional.<Delivery> empty()
                                        : Optional.of(delivery(found.iterator().next()))));
    }

    private static Delivery delivery(Row r) {
        return new Delivery(r.getUUID(0), r.getUUID(1), r.getString(2), Status.valueOf(r.getString(3)),
                r.getInteger(4), r.getString(5), utc(r.getOffsetDateTime(6)), utc(r.getOffsetDateTime(7)));
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
