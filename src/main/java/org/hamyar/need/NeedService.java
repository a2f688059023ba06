package org.hamyar.need;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.centre.CentreRepository.Owner;
import org.hamyar.centre.CentreService;
import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;
import org.hamyar.common.Created;
import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.MergePatch;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.SharedReads;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.Timestamps;
import org.hamyar.security.Caller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.pgclient.PgException;

/**
 * Needs: public to read (sensitive details only to the owning organisation in its region); created and changed by
 * that organisation's staff and partner apps with {@code needs:write}, only for centres in their region.
 */
@ApplicationScoped
public class NeedService {

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
    private final NeedOpenings openings;
    /** The search behind the public listing; the key holds the viewer's organisation and region. */
    private final SharedReads<NeedRepository.Search, Page<NeedRepository.Found>> listings;

    NeedService(NeedRepository needs, CentreService centres, IdempotencyKeys idempotency, AuditLog audit,
            ObjectMapper json, NeedOpenings openings) {
        this.openings = openings;
        this.listings = new SharedReads<>(needs::search);
        this.needs = needs;
        this.centres = centres;
        this.idempotency = idempotency;
        this.audit = audit;
        this.json = json;
    }

    public Uni<Page<NeedView>> search(NeedQuery query, Caller caller) {
        return listings.get(query.toSearch(caller.organisationId(), caller.region()))
                .map(page -> new Page<>(page.items().stream().map(NeedService::shown).toList(), page.page(),
                        page.size(), page.total()));
    }

    /** The needs of the caller's organisation at centres in the caller's region, the most urgent first. */
    public Uni<Page<NeedView>> ofOrganisation(Caller caller, String status, PageRequest paging) {
        if (caller.organisationId() == null || caller.region() == null) {
            throw ApiException.forbidden();
        }
        return needs.search(new NeedRepository.Search(null, null, null, null, null, status, caller.organisationId(),
                caller.region(), paging, true)).map(
                        page -> new Page<>(page.items().stream().map(NeedService::shown)
                                .toList(), page.page(), page.size(), page.total()));
    }

    /** A need the caller's organisation runs in the caller's region, in full; 404 unknown, 403 another's. */
    public Uni<NeedView> managed(UUID id, Caller caller) {
        return needs.find(id, caller.organisationId(), caller.region())
                .map(found -> found.orElseThrow(ApiException::notFound).view())
                .flatMap(view -> allowedAtCentre(view.centreId(), caller).replaceWith(view));
    }

    public Uni<NeedView> get(UUID id, Caller caller) {
        return needs.find(id, caller.organisationId(), caller.region())
                .map(found -> shown(found.orElseThrow(ApiException::notFound)));
    }

    /** With an {@code Idempotency-Key}, a retry of the same body by the same caller answers as the first did. */
    public Uni<Created<NeedView>> create(NeedRequest request, String idempotencyKey, Caller caller) {
        NeedValidator.Valid valid = NeedValidator.validate(request, true);
        return idempotency.once("POST /api/v1/needs", caller.actor(), idempotencyKey, request, NeedView.class,
                attempt -> allowedAtCentre(valid.centreId(), caller).flatMap(owner -> needs.pool()
                        .withTransaction(tx -> insert(tx, valid, caller.actor())
                                .flatMap(id -> needs.find(tx, id))
                                .map(view -> new Created<>("/api/v1/needs/" + view.id(), view))
                                .call(created -> idempotency.remember(tx, attempt, created)))))
                .onFailure(PgException.class).recoverWithUni(e -> refused((PgException) e, valid));
    }

    /**
     * Writes a need at a centre in the caller's transaction, checked as a create is but without a caller: for data
     * the service sets up itself (the demo). The need is OPEN and gets proposals.
     */
    public Uni<UUID> add(SqlClient tx, UUID centreId, NeedRequest request, Actor actor) {
        NeedRequest withCentre = new NeedRequest(centreId.toString(), request.title(), request.description(),
                request.targetGroup(), request.skills(), request.volunteersNeeded(), request.startsOn(),
                request.endsOn(), request.weeklySlots(), request.priority(), request.sensitive(), null,
                request.languages());
        return insert(tx, NeedValidator.validate(withCentre, true), actor);
    }

    private Uni<UUID> insert(SqlClient tx, NeedValidator.Valid valid, Actor actor) {
        UUID id = TimeOrderedIds.next();
        return needs.insert(tx, id, valid.centreId(), valid.need(), Timestamps.now())
                .flatMap(x -> audit.record(tx, new AuditEntry(actor, "need.create", "need", id.toString(), null,
                        null)))
                .flatMap(x -> openings.opened(tx, id))
                .replaceWith(id);
    }

    private Uni<Created<NeedView>> refused(PgException e, NeedValidator.Valid valid) {
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
                            .flatMap(x -> reopened ? openings.opened(tx, id)
                                    : Uni.createFrom().voidItem()))
                            .onFailure(PgException.class).recoverWithUni(e -> refused((PgException) e, valid)
                                    .replaceWithVoid());
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
}
