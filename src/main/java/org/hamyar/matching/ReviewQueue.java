package org.hamyar.matching;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.CountedPages;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.ProblemType;
import org.hamyar.security.Caller;
import org.hamyar.security.Region;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Proposals waiting for a reviewer of the owning organisation in its region, and decisions on many at once. */
@ApplicationScoped
public class ReviewQueue {

    public record QueueNeed(UUID id, String title, String priority, int volunteersNeeded, UUID centreId) {
    }

    public record QueueItem(MatchView match, QueueNeed need, long waitingSeconds) {
    }

    public record DecisionRequest(List<String> matchIds, String decision, String reason) {
    }

    public record DecisionResult(UUID matchId, String outcome, String status) {
    }

    public record DecisionResults(List<DecisionResult> results) {
    }

    private static final int MAX_BULK = 100;
    private static final Set<String> DECISIONS = Set.of("APPROVED", "REJECTED", "INVITED");
    private static final Map<String, String> ORDER = Map.of(
            "priority", "q.rank DESC, q.score DESC, q.created_at, q.match_id",
            "score", "q.score DESC, q.created_at, q.match_id",
            "waiting", "q.created_at, q.match_id");

    private static final String QUEUE = """
            WITH q AS (
                SELECT m.id AS match_id, m.score, m.created_at,
                       CASE n.priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'NORMAL' THEN 2 ELSE 1 END AS rank
                FROM match m JOIN need n ON n.id = m.need_id JOIN centre c ON c.id = n.centre_id
                     JOIN neighbourhood nb ON nb.id = c.neighbourhood_id JOIN county co ON co.id = nb.county_id
                WHERE m.status = 'PROPOSED' AND c.organisation_id = $1 AND (co.province_code = $2 OR co.id = $3)
                  AND ($6::uuid IS NULL OR m.need_id = $6) AND ($7::uuid IS NULL OR n.centre_id = $7)
                  AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM need_skill s WHERE s.need_id = n.id
                                                                             AND s.skill_code = $8))
            )
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM q) t
            LEFT JOIN LATERAL (
                SELECT %s, n.title, n.priority, n.volunteers_needed, n.centre_id
                FROM q JOIN match m ON m.id = q.match_id JOIN volunteer v ON v.id = m.volunteer_id
                       JOIN need n ON n.id = m.need_id
                ORDER BY %s LIMIT $4 OFFSET $5
            ) p ON true
            """;

    private final MatchRepository matches;
    private final MatchWorkflow workflow;

    ReviewQueue(MatchRepository matches, MatchWorkflow workflow) {
        this.matches = matches;
        this.workflow = workflow;
    }

    /** Narrows the queue to one need, one centre or one required skill; each part optional. */
    public record Filter(UUID needId, UUID centreId, String skill) {

        public static final Filter NONE = new Filter(null, null, null);

        /** 400 naming the parameter for a malformed id. */
        public static Filter parse(String need, String centre, String skill) {
            List<FieldViolation> errors = new ArrayList<>();
            UUID n = uuid("need", need, errors);
            UUID c = uuid("centre", centre, errors);
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            return new Filter(n, c, skill == null || skill.isBlank() ? null : skill.trim().toLowerCase(Locale.ROOT));
        }

        private static UUID uuid(String field, String raw, List<FieldViolation> errors) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(raw.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation(field, "invalid"));
                return null;
            }
        }
    }

    public Uni<Page<QueueItem>> list(String sort, PageRequest paging, Caller caller, Locale locale) {
        return list(sort, Filter.NONE, paging, caller, locale);
    }

    public Uni<Page<QueueItem>> list(String sort, Filter filter, PageRequest paging, Caller caller, Locale locale) {
        String order = ORDER.get(sort == null || sort.isBlank() ? "priority" : sort.trim().toLowerCase(Locale.ROOT));
        if (order == null) {
            throw ApiException.invalid("sort", "invalid");
        }
        Region region = caller.region();
        if (caller.organisationId() == null || region == null) {
            throw ApiException.forbidden();
        }
        OffsetDateTime now = OffsetDateTime.now();
        return matches.pool().preparedQuery(QUEUE.formatted(MatchRepository.COLUMNS, order))
                .execute(Tuple.from(Arrays.asList(caller.organisationId(), region.provinceCode(), region.countyId(),
                        paging.size(), paging.offset(), filter.needId(), filter.centreId(), filter.skill())))
                .map(rows -> CountedPages.read(rows, paging, r -> {
                    MatchRow m = matches.row(r, 1);
                    return new QueueItem(MatchView.of(m, locale), new QueueNeed(m.needId(), r.getString(15),
                            r.getString(16), r.getInteger(17), r.getUUID(18)),
                            Math.max(0, Duration.between(m.createdAt(), now).toSeconds()));
                }));
    }

    /** Each id is decided on its own: one that moved meanwhile does not stop the others. */
    public Uni<DecisionResults> decide(DecisionRequest request, Caller caller, Locale locale) {
        List<UUID> ids = validate(request);
        TransitionRequest move = new TransitionRequest(request.decision().trim().toUpperCase(Locale.ROOT),
                request.reason(), null);
        return Multi.createFrom().iterable(ids).onItem()
                .transformToUniAndConcatenate(id -> workflow.transition(id, move, caller, locale)
                        .map(done -> new DecisionResult(id, "APPLIED", done.status()))
                        .onFailure(ApiException.class).recoverWithUni(e -> refused(id,
                                ((ApiException) e).type())))
                .collect().asList().map(DecisionResults::new);
    }

    private Uni<DecisionResult> refused(UUID id, ProblemType type) {
        String outcome = switch (type) {
            case NOT_FOUND -> "NOT_FOUND";
            case FORBIDDEN -> "FORBIDDEN";
            default -> "CONFLICT";
        };
        if (!outcome.equals("CONFLICT")) {
            return Uni.createFrom().item(new DecisionResult(id, outcome, null));
        }
        return matches.find(matches.pool(), id, false).map(m -> new DecisionResult(id, outcome,
                m.map(r -> r.status().name()).orElse(null)));
    }

    private static List<UUID> validate(DecisionRequest r) {
        if (r == null) {
            throw ApiException.invalid("body", "required");
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        if (r.matchIds() == null || r.matchIds().isEmpty()) {
            errors.add(new FieldViolation("matchIds", r.matchIds() == null ? "required" : "too-few"));
        } else if (r.matchIds().size() > MAX_BULK) {
            errors.add(new FieldViolation("matchIds", "too-many"));
        } else {
            for (int i = 0; i < r.matchIds().size(); i++) {
                try {
                    UUID id = UUID.fromString(String.valueOf(r.matchIds().get(i)).trim());
                    if (ids.contains(id)) {
                        errors.add(new FieldViolation("matchIds[" + i + "]", "duplicate"));
                    }
                    ids.add(id);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldViolation("matchIds[" + i + "]", "invalid"));
                }
            }
        }
        String decision = r.decision() == null ? null : r.decision().trim().toUpperCase(Locale.ROOT);
        if (decision == null || !DECISIONS.contains(decision)) {
            errors.add(new FieldViolation("decision", decision == null ? "required" : "invalid"));
        }
        if ("REJECTED".equals(decision) && (r.reason() == null || r.reason().isBlank())) {
            errors.add(new FieldViolation("reason", "required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return ids;
    }
}
