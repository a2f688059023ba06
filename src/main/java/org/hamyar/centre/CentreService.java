package org.hamyar.centre;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;
import org.hamyar.common.Created;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.MergePatch;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.SharedReads;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.Timestamps;
import org.hamyar.geo.Places;
import org.hamyar.security.Caller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Centres: anyone may search them; staff and partner apps of the owning organisation manage them, only inside
 * their region (the centre's neighbourhood, before and after a change).
 */
@ApplicationScoped
public class CentreService {

    private static final Set<String> EDITABLE = Set.of("type", "nameFa", "nameEn", "address", "neighbourhoodId",
            "lat", "lon", "capacity", "openingHours", "contact");
    /**
     * How far a centre may be from its neighbourhood's location. Neighbourhoods are small (a few km across), so
     * this is generous for a real address and still refuses another city's coordinates: distance searches and
     * candidates' travel ranges use the centre's point, so it must be where its neighbourhood says.
     */
    static final double MAX_KM_FROM_NEIGHBOURHOOD = 15;
    static final String FAR_FROM_NEIGHBOURHOOD = "far-from-neighbourhood";
    private static final Set<String> READ_ONLY = Set.of("id", "organisation", "organisationId", "distanceKm",
            "updatedAt", "createdAt");

    private final CentreRepository centres;
    private final Places places;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final IdempotencyKeys idempotency;

    /** The public centre search (no viewer: the key is the query). */
    private final SharedReads<CentreRepository.Search, Page<CentreView>> listings;

    CentreService(CentreRepository centres, Places places, AuditLog audit, ObjectMapper json,
            IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
        this.centres = centres;
        this.places = places;
        this.audit = audit;
        this.json = json;
        this.listings = new SharedReads<>(centres::search);
    }

    public Uni<Page<CentreView>> search(CentreQuery query) {
        return listings.get(query.toSearch());
    }

    /** The centres of the caller's organisation inside the caller's region. */
    public Uni<Page<CentreView>> ofOrganisation(Caller caller, PageRequest paging) {
        long organisationId = organisationOf(caller);
        return centres.search(new CentreRepository.Search(null, null, null, null, null, paging, organisationId,
                caller.region()));
    }

    public Uni<CentreView> get(UUID id) {
        return centres.find(centres.pool(), id).map(found -> found.orElseThrow(ApiException::notFound));
    }

    /** Who owns a centre and where it is, for features that hang objects on centres. */
    public Uni<java.util.Optional<CentreRepository.Owner>> owner(UUID id) {
        return centres.owner(id);
    }

    /** With an {@code Idempotency-Key}, a retry of the same body by the same caller answers as the first did. */
    public Uni<Created<CentreView>> create(CentreRequest request, String idempotencyKey, Caller caller) {
        CentreRequest centre = CentreValidator.validate(request);
        long organisationId = organisationOf(caller);
        return idempotency.once("POST /api/v1/centres", caller.actor(), idempotencyKey, request, CentreView.class,
                attempt -> allowedAt(centre, caller, organisationId)
                        .flatMap(x -> centres.pool().withTransaction(tx -> {
                            UUID id = TimeOrderedIds.next();
                            return insert(tx, id, organisationId, centre, caller.actor())
                                    .flatMap(y -> centres.find(tx, id))
                                    .map(found -> new Created<>("/api/v1/centres/" + id, found.orElseThrow()))
                                    .call(created -> idempotency.remember(tx, attempt, created));
                        })));
    }

    /**
     * Writes a centre of an organisation in the caller's transaction, checked as a create is but without a caller:
     * for data the service sets up itself (the demo).
     */
    public Uni<Void> add(SqlClient tx, UUID id, long organisationId, CentreRequest request, Actor actor) {
        CentreRequest centre = CentreValidator.validate(request);
        return neighbourhood(centre).invoke(p -> near(centre, p))
                .flatMap(p -> insert(tx, id, organisationId, centre, actor));
    }

    private Uni<Void> insert(SqlClient tx, UUID id, long organisationId, CentreRequest centre, Actor actor) {
        return centres.insert(tx, id, organisationId, centre, Timestamps.now())
                .flatMap(x -> audit.record(tx, new AuditEntry(actor, "centre.create", "centre", id.toString(), null,
                        null)));
    }

    /** A JSON merge patch over the centre as it is; the result is checked whole, like a new centre. */
    public Uni<CentreView> update(UUID id, JsonNode patch, Caller caller) {
        ObjectNode changes = MergePatch.check(patch, EDITABLE, READ_ONLY);
        long organisationId = organisationOf(caller);
        return centres.owner(id).map(found -> found.orElseThrow(ApiException::notFound))
                .invoke(owner -> {
                    if (!caller.mayManage(owner.organisationId(), owner.provinceCode(), owner.countyId())) {
                        throw ApiException.forbidden();
                    }
                })
                .flatMap(owner -> get(id))
                .map(current -> CentreValidator.validate(MergePatch.read(json,
                        MergePatch.merge(json.valueToTree(current), changes), CentreRequest.class)))
                .flatMap(centre -> allowedAt(centre, caller, organisationId).replaceWith(centre))
                .flatMap(centre -> centres.pool().withTransaction(tx -> centres.update(tx, id, centre, Timestamps.now())
                        .flatMap(y -> audit.record(tx, new AuditEntry(caller.actor(), "centre.update", "centre",
                                id.toString(), null, MergePatch.fieldNames(changes))))))
                .flatMap(x -> get(id));
    }

    /**
     * 400 for an unknown neighbourhood, 403 for one outside the caller's region, then 400 naming {@code lat} and
     * {@code lon} for coordinates too far from the neighbourhood (a Sari centre cannot be put in Tehran).
     */
    private Uni<Void> allowedAt(CentreRequest centre, Caller caller, long organisationId) {
        return neighbourhood(centre).map(p -> {
            if (!caller.mayManage(organisationId, p.provinceCode(), p.countyId())) {
                throw ApiException.forbidden();
            }
            near(centre, p);
            return null;
        });
    }

    private Uni<Places.Place> neighbourhood(CentreRequest centre) {
        return places.ofNeighbourhood(centre.neighbourhoodId())
                .map(place -> place.orElseThrow(() -> ApiException.invalid("neighbourhoodId", "unknown")));
    }

    private static void near(CentreRequest centre, Places.Place p) {
        if (p.kmTo(centre.lat(), centre.lon()) > MAX_KM_FROM_NEIGHBOURHOOD) {
            throw ApiException.invalid(List.of(new FieldViolation("lat", FAR_FROM_NEIGHBOURHOOD),
                    new FieldViolation("lon", FAR_FROM_NEIGHBOURHOOD)));
        }
    }

    private static long organisationOf(Caller caller) {
        Long organisationId = caller.organisationId();
        if (organisationId == null || caller.region() == null) {
            throw ApiException.forbidden();
        }
        return organisationId;
    }
}
