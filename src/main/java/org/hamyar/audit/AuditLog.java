package org.hamyar.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.CountedPages;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes the audit trail. A write is recorded through the caller's transaction ({@code client}), so the change and
 * its record commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {

    /** A line of a volunteer's access log: who looked at or changed their data, and why. */
    public record AccessLogEntry(OffsetDateTime at, String actorKind, String actorName, String organisationName,
            String action, String reason) {
    }

    private static final String INSERT = """
            INSERT INTO audit_entry (actor_kind, actor_id, actor_name, organisation_id, action, object_type,
                                     object_id, subject_volunteer_id, reason)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """;

    private static final String ACCESS_LOG = """
            WITH mine AS (
                SELECT a.id, a.at, a.actor_kind, a.actor_name, a.organisation_id, a.action, a.reason
                FROM audit_entry a WHERE a.subject_volunteer_id = $1 AND a.actor_kind <> 'VOLUNTEER'
            )
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM mine) t
            LEFT JOIN LATERAL (
                SELECT m.at, m.actor_kind, m.actor_name, o.name_fa, m.action, m.reason
                FROM mine m LEFT JOIN organisation o ON o.id = m.organisation_id
                ORDER BY m.at DESC, m.id DESC LIMIT $2 OFFSET $3
            ) p ON true
            """;

    private static final String HISTORY = """
            SELECT a.at, a.actor_kind, a.actor_name, o.name_fa, a.action, a.reason
            FROM audit_entry a LEFT JOIN organisation o ON o.id = a.organisation_id
            WHERE a.subject_volunteer_id = $1
            ORDER BY a.at, a.id
            """;

    private final Pool pool;

    AuditLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(SqlClient client, AuditEntry e) {
        List<Object> params = Arrays.asList(e.actor().kind().name(), e.actor().id(), e.actor().name(),
                e.actor().organisationId(), e.action(), e.objectType(), e.objectId(), e.subjectVolunteerId(),
                e.reason());
        return client.preparedQuery(INSERT).execute(Tuple.from(params)).replaceWithVoid();
    }

    /** Everything recorded about the volunteer, their own actions included, oldest first (for their export). */
    public Uni<List<AccessLogEntry>> history(UUID volunteerId) {
        return pool.preparedQuery(HISTORY).execute(Tuple.of(volunteerId)).map(rows -> {
            List<AccessLogEntry> items = new ArrayList<>();
            for (var r : rows) {
                items.add(entry(r, 0));
            }
            return items;
        });
    }

    /** Reads by others (staff, partner apps) of and changes to the volunteer's data, newest first. */
    public Uni<Page<AccessLogEntry>> accessLog(UUID volunteerId, PageRequest paging) {
        return pool.preparedQuery(ACCESS_LOG).execute(Tuple.of(volunteerId, paging.size(), paging.offset()))
                .map(rows -> CountedPages.read(rows, paging, r -> entry(r, 1)));
    }

    private static AccessLogEntry entry(io.vertx.mutiny.sqlclient.Row r, int o) {
        return new AccessLogEntry(r.getOffsetDateTime(o).withOffsetSameInstant(ZoneOffset.UTC), r.getString(o + 1),
                r.getString(o + 2), r.getString(o + 3), r.getString(o + 4), r.getString(o + 5));
    }
}
