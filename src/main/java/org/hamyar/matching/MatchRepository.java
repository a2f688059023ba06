package org.hamyar.matching;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Actor;
import org.hamyar.common.CountedPages;
import org.hamyar.common.Json;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.matching.MatchScoring.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Matches, their transitions and the places they hold in needs. */
@ApplicationScoped
class MatchRepository {

    /** One recorded move of a match. */
    record TransitionRow(String from, String to, OffsetDateTime at, String actorKind, String actorName,
            String reason, Double hours) {
    }

    static final String COLUMNS = """
            m.id, m.need_id, m.volunteer_id, v.first_name, v.last_name, v.neighbourhood_id, m.status, m.origin,
            m.score, m.reasons::text, m.hours_served::float8,
            CASE WHEN m.status = 'WAITLISTED' THEN (
                SELECT count(*) FROM match w WHERE w.need_id = m.need_id AND w.status = 'WAITLISTED'
                                               AND (w.accepted_at, w.id) <= (m.accepted_at, m.id)) END,
            m.created_at, m.status_changed_at""";

    private static final String FIND = "SELECT " + COLUMNS
            + " FROM match m JOIN volunteer v ON v.id = m.volunteer_id WHERE m.id = $1";

    private static final String PROPOSE = """
            WITH m AS (
                INSERT INTO match (id, need_id, volunteer_id, status, origin, score, reasons, created_at,
                                   status_changed_at)
                SELECT t.id, $1, t.volunteer_id, 'PROPOSED', $5, t.score, t.reasons::jsonb, $6, $6
                FROM unnest($2::uuid[], $3::uuid[], $4::float8[], $7::text[]) AS t(id, volunteer_id, score, reasons)
                ON CONFLICT (need_id, volunteer_id) DO NOTHING
                RETURNING id
            ), t AS (
                INSERT INTO match_transition (match_id, from_status, to_status, at, actor_kind, actor_id, actor_name,
                                              organisation_id, reason)
                SELECT m.id, NULL, 'PROPOSED', $6, $8, $9, $10, $11, $12 FROM m
            )
            SELECT id FROM m
            """;

    private static final String MOVE = """
            UPDATE match SET status = $3, status_changed_at = $4, hours_served = coalesce($5, hours_served),
                accepted_at = CASE WHEN $6 THEN $4 ELSE accepted_at END
            WHERE id = $1 AND status = $2
            """;

    private static final String RECORD = """
            INSERT INTO match_transition (match_id, from_status, to_status, at, actor_kind, actor_id, actor_name,
                                          organisation_id, reason, hours)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """;

    private static final String HISTORY = """
            SELECT from_status, to_status, at, actor_kind, actor_name, reason, hours::float8
            FROM match_transition WHERE match_id = $1 ORDER BY id
            """;

    private static final String OF_VOLUNTEER = """
            WITH mine AS (SELECT m.* FROM match m WHERE m.volunteer_id = $1)
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM mine) t
            LEFT JOIN LATERAL (
                SELECT %s FROM mine m JOIN volunteer v ON v.id = m.volunteer_id
                ORDER BY m.created_at DESC, m.id DESC LIMIT $2 OFFSET $3
            ) p ON true
            """.formatted(COLUMNS);

    private static final String OF_NEED = "SELECT " + COLUMNS
            + " FROM match m JOIN volunteer v ON v.id = m.volunteer_id WHERE m.need_id = $1 ORDER BY m.created_at, m.id";

    private static final String HISTORIES = """
            SELECT match_id, from_status, to_status, at, actor_kind, actor_name, reason, hours::float8
            FROM match_transition WHERE match_id = ANY ($1) ORDER BY id
            """;

    private static final TypeReference<List<Component>> COMPONENTS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    private final MatchMetrics metrics;

    MatchRepository(Pool pool, ObjectMapper json, MatchMetrics metrics) {
        this.metrics = metrics;
        this.pool = pool;
        this.json = json;
    }

    Pool pool() {
        return pool;
    }

    /** Proposes the scored candidates; a pair already matched is left as it is. Returns the new matches' ids. */
    Uni<List<UUID>> propose(SqlClient tx, UUID needId, List<Candidate> candidates, String origin, Actor actor,
            String reason, OffsetDateTime now) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] ids = candidates.stream().map(c -> TimeOrderedIds.next()).toArray(UUID[]::new);
        List<Object> params = Arrays.asList(needId, ids,
                candidates.stream().map(Candidate::volunteerId).toArray(UUID[]::new),
                candidates.stream().map(c -> c.score().total()).toArray(Double[]::new), origin, now,
                candidates.stream().map(c -> Json.write(json, c.score().components())).toArray(String[]::new),
                actor.kind().name(), actor.id(), actor.name(), actor.organisationId(), reason);
        return tx.preparedQuery(PROPOSE).execute(Tuple.from(params)).map(rows -> {
            List<UUID> created = new ArrayList<>();
            rows.forEach(r -> created.add(r.getUUID(0)));
            metrics.proposed(origin, created.size());
            return created;
        });
    }

    Uni<Optional<MatchRow>> find(SqlClient client, UUID id, boolean lockForUpdate) {
        return client.preparedQuery(lockForUpdate ? FIND + " FOR UPDATE OF m" : FIND).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(row(rows.iterator().next(), 0)));
    }

    Uni<Optional<UUID>> needOf(UUID matchId) {
        return pool.preparedQuery("SELECT need_id FROM match WHERE id = $1").execute(Tuple.of(matchId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }

    /** False when the match is no longer in {@code from} (someone else moved it first). */
    Uni<Boolean> move(SqlClient tx, UUID id, MatchStatus from, MatchStatus to, Double hours, OffsetDateTime now) {
        boolean accepting = to == MatchStatus.ACCEPTED && from == MatchStatus.INVITED || to == MatchStatus.WAITLISTED;
        return tx.preparedQuery(MOVE).execute(Tuple.from(Arrays.asList(id, from.name(), to.name(), now, hours,
                accepting))).map(rows -> rows.rowCount() == 1);
    }

    Uni<Void> record(SqlClient tx, UUID id, MatchStatus from, MatchStatus to, Actor actor, String reason, Double hours,
            OffsetDateTime now) {
        return tx.preparedQuery(RECORD).execute(Tuple.from(Arrays.asList(id, from == null ? null : from.name(),
                to.name(), now, actor.kind().name(), actor.id(), actor.name(), actor.organisationId(), reason,
                hours))).replaceWithVoid();
    }

    Uni<Integer> placesTaken(SqlClient tx, UUID needId) {
        return tx.preparedQuery("SELECT count(*) FROM match WHERE need_id = $1 AND status = ANY ($2)")
                .execute(Tuple.of(needId, MatchStatus.HOLDS_PLACE.stream().map(Enum::name).toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    /** How many proposals of a need wait for review. */
    Uni<Integer> waitingForReview(SqlClient tx, UUID needId) {
        return tx.preparedQuery("SELECT count(*) FROM match WHERE need_id = $1 AND status = 'PROPOSED'")
                .execute(Tuple.of(needId)).map(rows -> rows.iterator().next().getInteger(0));
    }

    /** The first on the waitlist: who said yes earliest. */
    Uni<Optional<UUID>> firstWaiting(SqlClient tx, UUID needId) {
        return tx.preparedQuery("""
                SELECT id FROM match WHERE need_id = $1 AND status = 'WAITLISTED'
                ORDER BY accepted_at, id LIMIT 1 FOR UPDATE""")
                .execute(Tuple.of(needId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }

    Uni<List<TransitionRow>> history(SqlClient client, UUID id) {
        return client.preparedQuery(HISTORY).execute(Tuple.of(id)).map(rows -> {
            List<TransitionRow> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new TransitionRow(r.getString(0), r.getString(1), utc(r.getOffsetDateTime(2)),
                        r.getString(3), r.getString(4), r.getString(5), r.getDouble(6)));
            }
            return out;
        });
    }

    /** Every match of a need, oldest first. */
    Uni<List<MatchRow>> ofNeed(SqlClient client, UUID needId) {
        return client.preparedQuery(OF_NEED).execute(Tuple.of(needId)).map(rows -> {
            List<MatchRow> out = new ArrayList<>();
            rows.forEach(r -> out.add(row(r, 0)));
            return out;
        });
    }

    /** The histories of several matches in one query, each in the order it happened. */
    Uni<java.util.Map<UUID, List<TransitionRow>>> histories(SqlClient client, List<UUID> ids) {
        return client.preparedQuery(HISTORIES).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
            java.util.Map<UUID, List<TransitionRow>> out = new java.util.LinkedHashMap<>();
            for (Row r : rows) {
                out.computeIfAbsent(r.getUUID(0), k -> new ArrayList<>()).add(new TransitionRow(r.getString(1),
                        r.getString(2), utc(r.getOffsetDateTime(3)), r.getString(4), r.getString(5), r.getString(6),
                        r.getDouble(7)));
            }
            return out;
        });
    }

    Uni<Page<MatchRow>> ofVolunteer(UUID volunteerId, PageRequest paging) {
        return pool.preparedQuery(OF_VOLUNTEER).execute(Tuple.of(volunteerId, paging.size(), paging.offset()))
                .map(rows -> CountedPages.read(rows, paging, r -> row(r, 1)));
    }

    /** Reads the {@link #COLUMNS} starting at column {@code o}. */
    MatchRow row(Row r, int o) {
        Long position = r.getLong(o + 11);
        return new MatchRow(r.getUUID(o), r.getUUID(o + 1), r.getUUID(o + 2),
                VolunteerSummary.of(r.getUUID(o + 2), r.getString(o + 3), r.getString(o + 4), r.getInteger(o + 5)),
                MatchStatus.valueOf(r.getString(o + 6)), r.getString(o + 7), r.getDouble(o + 8),
                Json.read(json, r.getString(o + 9), COMPONENTS), r.getDouble(o + 10),
                position == null ? null : position.intValue(), utc(r.getOffsetDateTime(o + 12)),
                utc(r.getOffsetDateTime(o + 13)));
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
