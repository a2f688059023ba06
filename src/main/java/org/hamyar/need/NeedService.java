package org.hamyar.need;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.auth.Caller;
import org.hamyar.centre.CentreRepository.Owner;
import org.hamyar.centre.CentreService;
import org.hamyar.common.ApiException;
import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.IdempotencyKeys.StoredResponse;
import org.hamyar.common.Json;
import org.hamyar.common.MergePatch;
import org.hamyar.common.Page;
import org.hamyar.common.ProblemType;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.Timestamps;
import org.hamyar.matching.ProposalRequests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Needs: public to read (sensitive details only to the owning organisation in its region); created and changed by
 * that organisation's staff and partner apps with {@code needs:write}, only for centres in their region.
 */
@ApplicationScoped
public class NeedService {

    /** The answer to a create, ready to send (a replay answers with the stored body). */
    public record Created(String location, String body) {
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final Set<String> EDITABLE = Set.of("title", "description", "targetGroup", "skills",
            "volunteersNeeded", "startsOn", "endsOn", "weeklySlots", "priority", "sensitive", "status", "languages");
    private static final Set<String> READ_ONLY = Set.of("id", "centreId", "neighbourhoodId", "countyId",
            "createdAt", "updatedAt", "organisationId");

    private final NeedRepository needs;
    private final CentreService centres;
    private final IdempotencyKeys idempotency;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final ProposalRequests proposals;

    NeedService(NeedRepository needs, CentreService centres, IdempotencyKeys idempotency, AuditLog audit,
            ObjectMapper json, ProposalRequests proposals) {
        this.proposals = proposals;
        this.needs = needs;
        this.centres = centres;
        this.idempotency = idempotency;
        this.audit = audit;
        this.json = json;
    }

    public Uni<Page<NeedView>> search(NeedQuery query, Caller caller) {
        return needs.search(query.toSearch(caller.organisationId(), caller.region()))
                .map(page -> new Page<>(page.items().stream().map(NeedService::shown).toList(), page.page(),
                        page.size(), page.total()));
    }

    public Uni<NeedView> get(UUID id, Caller caller) {
        return needs.find(id, caller.organisationId(), caller.region())
                .map(found -> shown(found.orElseThrow(ApiException::notFound)));
    }

    /** With an {@code Idempotency-Key}, a retry of the same body answers as the first call did. */
    public Uni<Created> create(NeedRequest request, String idempotencyKey, Caller caller) {
        IdempotencyKeys.checkKey(idempotencyKey);
        NeedValidator.Valid valid = NeedValidator.validate(request, true);
        String scope = "POST /api/v1/needs " + caller.actor().kind() + ":" + caller.actor().id();
        byte[] hash = IdempotencyKeys.sha256(Json.write(json, request).getBytes(StandardCharsets.UTF_8));
        Uni<java.util.Optional<StoredResponse>> prior = idempotencyKey == null
                ? Uni.createFrom().item(java.util.Optional.empty())
                : idempotency.find(scope, idempotencyKey);
        return prior.flatMap(stored -> stored.isPresent()
                ? Uni.createFrom().item(replay(stored.get(), hash))
                : insert(valid, caller, scope, idempotencyKey, hash)
                        .onFailure(PgException.class).recoverWithUni(e -> refused((PgException) e, valid,
                                scope, idempotencyKey, hash)));
    }

    private Uni<Created> insert(NeedValidator.Valid valid, Caller caller, String scope, String key, byte[] hash) {
        UUID id = TimeOrderedIds.next();
        String location = "/api/v1/needs/" + id;
        return allowedAtCentre(valid.centreId(), caller)
                .flatMap(owner -> needs.pool().withTransaction(tx -> needs.insert(tx, id, valid.centreId(),
                        valid.need(), Timestamps.now())
                        .flatMap(x -> audit.record(tx, new AuditEntry(caller.actor(), "need.create", "need",
                                id.toString(), null, null)))
                        .flatMap(x -> proposals.needOpened(tx, id))
                        .flatMap(x -> needs.find(tx, id))
                        .flatMap(view -> key == null ? Uni.createFrom().item(view)
                                : remember(tx, scope, key, hash, location, view).replaceWith(view))))
                .map(view -> new Created(location, Json.write(json, view)));
    }

    private Uni<Void> remember(SqlClient tx, String scope, String key, byte[] hash, String location, NeedView view) {
        return tx.preparedQuery("""
                INSERT INTO idempotency_key (scope, key, request_hash, status, location, body)
                VALUES ($1, $2, $3, 201, $4, $5::text::jsonb)""")
                .execute(Tuple.of(scope, key, Buffer.buffer(hash), location, Json.write(json, view)))
                .replaceWithVoid();
    }

    private Uni<Created> refused(PgException e, NeedValidator.Valid valid, String scope, String key, byte[] hash) {
        if (UNIQUE_VIOLATION.equals(e.getSqlState()) && key != null) {
            // A concurrent request with the same key won the race: answer as it did.
            return idempotency.find(scope, key).map(prior -> replay(prior.orElseThrow(() -> e), hash));
        }
        if (FOREIGN_KEY_VIOLATION.equals(e.getSqlState())) {
            return needs.unknownSkills(valid.need().skills()).map(violations -> {
                throw violations.isEmpty() ? e : ApiException.invalid(violations);
            });
        }
        return Uni.createFrom().failure(e);
    }

    /** A JSON merge patch over the need as its owner sees it; the result is checked whole. */
    public Uni<NeedView> update(UUID id, JsonNode patch, Caller caller) {
        ObjectNode changes = MergePatch.check(patch, EDITABLE, READ_ONLY);
        return needs.find(id, caller.organisationId(), caller.region())
                .map(found -> found.orElseThrow(ApiException::notFound).view())
                .flatMap(current -> allowedAtCentre(current.centreId(), caller).replaceWith(current))
                .flatMap(current -> {
                    ObjectNode base = json.valueToTree(current);
                    base.put("centreId", current.centreId().toString());
                    NeedValidator.Valid valid = NeedValidator.validate(
                            MergePatch.read(json, MergePatch.merge(base, changes), NeedRequest.class), false);
                    NeedValidator.checkSettableStatus(current.status(), valid.need().status());
                    boolean reopened = !"OPEN".equals(current.status()) && "OPEN".equals(valid.need().status());
                    return needs.pool().withTransaction(tx -> needs.update(tx, id, valid.need(), Timestamps.now())
                            .flatMap(x -> audit.record(tx, new AuditEntry(caller.actor(), "need.update",
                                    "need", id.toString(), null, MergePatch.fieldNames(changes))))
                            .flatMap(x -> reopened ? proposals.needOpened(tx, id)
                                    : Uni.createFrom().voidItem()))
                            .onFailure(PgException.class).recoverWithUni(e -> refused((PgException) e, valid,
                                    null, null, null).replaceWithVoid());
                })
                .flatMap(x -> get(id, caller));
    }

    /** 400 for an unknown centre, 403 for a centre of another organisation or outside the caller's region. */
    private Uni<Owner> allowedAtCentre(UUID centreId, Caller caller) {
        return centres.owner(centreId).map(found -> {
            Owner owner = found.orElseThrow(() -> ApiException.invalid("centreId", "unknown"));
            if (!caller.mayManage(owner.organisationId(), owner.provinceCode(), owner.countyId())) {
                throw ApiException.forbidden();
            }
            return owner;
        });
    }

    private static NeedView shown(NeedRepository.Found found) {
        return found.revealed() ? found.view() : found.view().hidden();
    }

    private static Created replay(StoredResponse prior, byte[] hash) {
        if (!prior.sameRequest(hash)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSE);
        }
        return new Created(prior.location(), prior.body());
    }
}
