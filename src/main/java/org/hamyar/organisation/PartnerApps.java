package org.hamyar.organisation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.common.ApiException;
import org.hamyar.common.CountedPages;
import org.hamyar.common.Created;
import org.hamyar.common.Digests;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.security.Caller;
import org.hamyar.security.Scopes;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Partner apps (OAuth 2 clients) as the national administrator registers them: an organisation, scopes and a
 * region. The client secret is made here, shown once in the answer and stored only as its SHA-256; rotating it
 * makes a new one and the old one stops working at once (tokens already issued run out within their hour).
 */
@ApplicationScoped
public class PartnerApps {

    /** The body of {@code POST /api/v1/admin/partner-apps}: exactly one of {@code provinceCode} and {@code countyId}. */
    public record Request(Long organisationId, String name, List<String> scopes, String provinceCode,
            Integer countyId) {
    }

    public record View(String clientId, long organisationId, String name, List<String> scopes, String provinceCode,
            Integer countyId, OffsetDateTime createdAt) {
    }

    /** The answer to a create or a rotation: the secret appears here and nowhere else, ever. */
    public record WithSecret(String clientId, long organisationId, String name, List<String> scopes,
            String provinceCode, Integer countyId, OffsetDateTime createdAt, String clientSecret) {

        WithSecret(View v, String secret) {
            this(v.clientId(), v.organisationId(), v.name(), v.scopes(), v.provinceCode(), v.countyId(),
                    v.createdAt(), secret);
        }
    }

    private static final int SECRET_BYTES = 32;
    private static final String COLUMNS = """
            client_id, organisation_id, name, scopes, region_province, region_county, created_at""";
    private static final String LIST = """
            WITH mine AS (SELECT * FROM partner_client WHERE $1::bigint IS NULL OR organisation_id = $1)
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM mine) t
            LEFT JOIN LATERAL (SELECT %s FROM mine ORDER BY created_at, client_id LIMIT $2 OFFSET $3) p ON true
            """.formatted(COLUMNS);

    private final Pool pool;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    PartnerApps(Pool pool, AuditLog audit) {
        this.pool = pool;
        this.audit = audit;
    }

    public Uni<Page<View>> list(Long organisationId, PageRequest paging) {
        return pool.preparedQuery(LIST).execute(Tuple.of(organisationId, paging.size(), paging.offset()))
                .map(rows -> CountedPages.read(rows, paging, r -> view(r, 1)));
    }

    public Uni<Created<WithSecret>> create(Request request, Caller caller) {
        List<FieldViolation> violations = new ArrayList<>();
        Request r = request == null ? new Request(null, null, null, null, null) : request;
        AdminChecks.required("organisationId", r.organisationId(), violations);
        String name = AdminChecks.text("name", r.name(), AdminChecks.MAX_NAME, violations);
        String[] scopes = scopes(r.scopes(), violations);
        AdminChecks.region(r.provinceCode(), r.countyId(), violations);
        AdminChecks.throwIfAny(violations);
        String clientId = "app-" + UUID.randomUUID();
        String secret = newSecret();
        List<Object> values = Arrays.asList(clientId, r.organisationId(), name, Buffer.buffer(hash(secret)), scopes,
                r.provinceCode(), r.countyId());
        return pool.withTransaction(tx -> tx.preparedQuery("""
                INSERT INTO partner_client (client_id, organisation_id, name, secret_sha256, scopes, region_province,
                                            region_county)
                VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING %s""".formatted(COLUMNS)).execute(Tuple.from(values))
                .map(PartnerApps::single)
                .flatMap(view -> audit.record(tx, entry(caller, "partner-app.create", clientId)).replaceWith(view)))
                .onFailure().transform(e -> AdminChecks.refusal(e, "clientId"))
                .map(view -> new Created<>("/api/v1/admin/partner-apps/" + clientId, new WithSecret(view, secret)));
    }

    public Uni<WithSecret> rotateSecret(String clientId, Caller caller) {
        String secret = newSecret();
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE partner_client SET secret_sha256 = $2 WHERE client_id = $1 RETURNING %s""".formatted(COLUMNS))
                .execute(Tuple.of(clientId, Buffer.buffer(hash(secret))))
                .map(PartnerApps::single)
                .flatMap(view -> audit.record(tx, entry(caller, "partner-app.rotate-secret", clientId))
                        .replaceWith(new WithSecret(view, secret))));
    }

    private static String[] scopes(List<String> scopes, List<FieldViolation> violations) {
        if (scopes == null || scopes.isEmpty()) {
            violations.add(new FieldViolation("scopes", scopes == null ? "required" : "too-few"));
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scopes.size(); i++) {
            String s = scopes.get(i);
            if (s == null || !Scopes.ALL.contains(s)) {
                violations.add(new FieldViolation("scopes[" + i + "]", "unknown"));
            } else if (!seen.add(s)) {
                violations.add(new FieldViolation("scopes[" + i + "]", "duplicate"));
            }
        }
        return seen.stream().sorted().toArray(String[]::new);
    }

    private String newSecret() {
        byte[] raw = new byte[SECRET_BYTES];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static byte[] hash(String secret) {
        return Digests.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditEntry entry(Caller caller, String action, String clientId) {
        return new AuditEntry(caller.actor(), action, "partner_client", clientId, null, null);
    }

    private static View single(RowSet<Row> rows) {
        if (rows.size() == 0) {
            throw ApiException.notFound();
        }
        return view(rows.iterator().next(), 0);
    }

    private static View view(Row r, int o) {
        return new View(r.getString(o), r.getLong(o + 1), r.getString(o + 2), List.of(r.getArrayOfStrings(o + 3)),
                r.getString(o + 4), r.getInteger(o + 5),
                r.getOffsetDateTime(o + 6).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
