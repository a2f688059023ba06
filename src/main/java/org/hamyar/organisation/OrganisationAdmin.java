package org.hamyar.organisation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.common.ApiException;
import org.hamyar.common.CountedPages;
import org.hamyar.common.Created;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.security.Caller;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The national administrator's organisations: welfare offices, municipalities, NGOs, ... that own centres. */
@ApplicationScoped
public class OrganisationAdmin {

    /** The body of {@code POST /api/v1/admin/organisations}. */
    public record Request(String code, String kind, String nameFa, String nameEn) {
    }

    public record View(long id, String code, String kind, String nameFa, String nameEn, OffsetDateTime createdAt) {
    }

    static final Set<String> KINDS = Set.of("WELFARE_OFFICE", "MUNICIPALITY", "POLICE", "NGO", "CHARITY",
            "MOSQUE_BOARD", "GOVERNORATE", "OTHER");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final String COLUMNS = "id, code, kind, name_fa, name_en, created_at";
    private static final String LIST = """
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM organisation) t
            LEFT JOIN LATERAL (SELECT %s FROM organisation ORDER BY id LIMIT $1 OFFSET $2) p ON true
            """.formatted(COLUMNS);

    private final Pool pool;
    private final AuditLog audit;

    OrganisationAdmin(Pool pool, AuditLog audit) {
        this.pool = pool;
        this.audit = audit;
    }

    public Uni<Page<View>> list(PageRequest paging) {
        return pool.preparedQuery(LIST).execute(Tuple.of(paging.size(), paging.offset()))
                .map(rows -> CountedPages.read(rows, paging, r -> view(r, 1)));
    }

    public Uni<View> get(long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM organisation WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound();
                    }
                    return view(rows.iterator().next(), 0);
                });
    }

    public Uni<Created<View>> create(Request request, Caller caller) {
        List<FieldViolation> violations = new ArrayList<>();
        String code = AdminChecks.name("code", request == null ? null : request.code(), CODE, violations);
        String kind = request == null ? null : request.kind();
        if (kind == null) {
            violations.add(new FieldViolation("kind", "required"));
        } else if (!KINDS.contains(kind)) {
            violations.add(new FieldViolation("kind", "unknown"));
        }
        String nameFa = AdminChecks.text("nameFa", request == null ? null : request.nameFa(), AdminChecks.MAX_NAME,
                violations);
        String nameEn = AdminChecks.text("nameEn", request == null ? null : request.nameEn(), AdminChecks.MAX_NAME,
                violations);
        AdminChecks.throwIfAny(violations);
        return pool.withTransaction(tx -> tx.preparedQuery("""
                INSERT INTO organisation (code, kind, name_fa, name_en) VALUES ($1, $2, $3, $4)
                RETURNING %s""".formatted(COLUMNS)).execute(Tuple.of(code, kind, nameFa, nameEn))
                .map(rows -> view(rows.iterator().next(), 0))
                .flatMap(org -> audit.record(tx, new AuditEntry(caller.actor(), "organisation.create",
                        "organisation", String.valueOf(org.id()), null, null)).replaceWith(org)))
                .onFailure().transform(e -> AdminChecks.refusal(e, "code"))
                .map(org -> new Created<>("/api/v1/admin/organisations/" + org.id(), org));
    }

    private static View view(Row r, int o) {
        return new View(r.getLong(o), r.getString(o + 1), r.getString(o + 2), r.getString(o + 3),
                r.getString(o + 4), r.getOffsetDateTime(o + 5).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
