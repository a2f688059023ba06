package org.hamyar.webhook;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.common.ProblemType;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.Timestamps;
import org.hamyar.security.Caller;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/** A partner app's webhook subscriptions: its own only, for events of its organisation inside its region. */
@ApplicationScoped
public class WebhookService {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, url, events, created_at";

    private final Pool pool;
    private final PersonalDataCrypto crypto;
    private final AuditLog audit;
    private final WebhookTargets targets;
    private final boolean allowLocalHttp;
    private final int maxPerApp;
    private final SecureRandom random = new SecureRandom();

    WebhookService(Pool pool, PersonalDataCrypto crypto, AuditLog audit, WebhookTargets targets,
            @ConfigProperty(name = "hamyar.webhooks.allow-local-http") boolean allowLocalHttp,
            @ConfigProperty(name = "hamyar.webhooks.max-per-app", defaultValue = "10") int maxPerApp) {
        this.pool = pool;
        this.crypto = crypto;
        this.audit = audit;
        this.targets = targets;
        this.allowLocalHttp = allowLocalHttp;
        this.maxPerApp = maxPerApp;
    }

    public Uni<WebhookView> subscribe(WebhookRequest request, Caller caller) {
        WebhookRequest valid = WebhookValidator.validate(request, allowLocalHttp);
        Long organisationId = caller.organisationId();
        if (organisationId == null) {
            throw ApiException.forbidden();
        }
        UUID id = TimeOrderedIds.next();
        String secret = newSecret();
        Actor actor = caller.actor();
        String clientId = actor.id();
        return checkedDestination(valid.url()).flatMap(x -> pool.withTransaction(tx -> tx.preparedQuery(
                "SELECT pg_advisory_xact_lock(hashtextextended('webhook-subscriptions:' || $1, 0))")
                .execute(Tuple.of(clientId))
                // Serialised per app by the lock above, so two concurrent subscriptions cannot both pass the cap.
                .flatMap(locked -> tx.preparedQuery("""
                        INSERT INTO webhook_subscription (id, client_id, organisation_id, url, events, secret_enc,
                                                          created_at)
                        SELECT $1, $2, $3, $4, $5, $6, $7
                        WHERE (SELECT count(*) FROM webhook_subscription WHERE client_id = $2) < $8
                        RETURNING""" + " " + COLUMNS)
                        .execute(Tuple.from(List.of(id, clientId, organisationId, valid.url(),
                                valid.events().toArray(String[]::new), Buffer.buffer(crypto.encrypt(secret)),
                                Timestamps.now(), maxPerApp))))
                .flatMap(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new ApiException(ProblemType.WEBHOOK_LIMIT);
                    }
                    return audit.record(tx, new AuditEntry(actor, "webhook.subscribe",
                            "webhook_subscription", id.toString(), null, null)).replaceWith(rows);
                })))
                .map(rows -> view(rows.iterator().next(), secret))
                .onFailure(PgException.class).transform(e -> UNIQUE_VIOLATION.equals(((PgException) e).getSqlState())
                        ? new ApiException(ProblemType.DUPLICATE_WEBHOOK)
                        : e);
    }

    /**
     * A name that resolves now must resolve only to public addresses; one that does not resolve (yet) is accepted,
     * since every delivery checks again.
     */
    private Uni<Void> checkedDestination(String url) {
        return targets.resolve(url).replaceWithVoid()
                .onFailure(WebhookTargets.UnresolvedHost.class).recoverWithNull()
                .onFailure(WebhookTargets.RefusedDestination.class)
                .transform(e -> ApiException.invalid("url", WebhookValidator.WEBHOOK_DESTINATION));
    }

    public Uni<List<WebhookView>> list(Caller caller) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE client_id = $1 ORDER BY id")
                .execute(Tuple.of(caller.actor().id())).map(rows -> {
                    List<WebhookView> out = new ArrayList<>();
                    rows.forEach(r -> out.add(view(r, null)));
                    return out;
                });
    }

    /** Undelivered messages for it go with it. */
    public Uni<Void> unsubscribe(UUID id, Caller caller) {
        return pool.withTransaction(tx -> tx.preparedQuery(
                "DELETE FROM webhook_subscription WHERE id = $1 AND client_id = $2")
                .execute(Tuple.of(id, caller.actor().id()))
                .flatMap(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ApiException.notFound();
                    }
                    return audit.record(tx, new AuditEntry(caller.actor(), "webhook.unsubscribe",
                            "webhook_subscription", id.toString(), null, null));
                }));
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static WebhookView view(Row r, String secret) {
        OffsetDateTime created = r.getOffsetDateTime(3).withOffsetSameInstant(ZoneOffset.UTC);
        return new WebhookView(r.getUUID(0), r.getString(1), List.of(r.getArrayOfStrings(2)), created, secret);
    }
}
