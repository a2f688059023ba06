package org.hamyar.organisation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.auth.StaffPasswords;
import org.hamyar.common.ApiException;
import org.hamyar.common.CountedPages;
import org.hamyar.common.Created;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.InvalidValueException;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.common.ProblemType;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.Timestamps;
import org.hamyar.security.Caller;
import org.hamyar.sms.SmsGateway;
import org.hamyar.sms.SmsGatewayProducer;
import org.hamyar.volunteer.MobileNumber;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Staff accounts as the national administrator manages them. The administrator never sees or chooses a password:
 * a new or reset account gets a one-time set-password link by SMS to its holder's mobile (kept encrypted, shown
 * masked). Disabling stops log-in and voids any link; enabling lets the account log in again with its password.
 */
@ApplicationScoped
public class StaffAccounts {

    /** The body of {@code POST /api/v1/admin/staff}: exactly one of {@code provinceCode} and {@code countyId}. */
    public record Request(Long organisationId, String username, String displayName, String mobile,
            String provinceCode, Integer countyId) {
    }

    /** {@code status}: PENDING (no password set yet), ACTIVE or DISABLED. */
    public record View(UUID id, long organisationId, String username, String displayName, String mobileMasked,
            String provinceCode, Integer countyId, String status, OffsetDateTime createdAt) {
    }

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final String COLUMNS = """
            id, organisation_id, username, display_name, mobile_masked, region_province, region_county,
            CASE WHEN disabled_at IS NOT NULL THEN 'DISABLED' WHEN password_hash IS NULL THEN 'PENDING'
                 ELSE 'ACTIVE' END, created_at""";
    private static final String LIST = """
            WITH mine AS (SELECT * FROM staff_account WHERE role = 'STAFF' AND ($1::bigint IS NULL
                                                                            OR organisation_id = $1))
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM mine) t
            LEFT JOIN LATERAL (SELECT %s FROM mine ORDER BY username LIMIT $2 OFFSET $3) p ON true
            """.formatted(COLUMNS);
    private static final String INSERT = """
            INSERT INTO staff_account (id, organisation_id, username, display_name, password_hash, region_province,
                                       region_county, mobile_enc, mobile_masked, role)
            VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8, 'STAFF')
            RETURNING %s""".formatted(COLUMNS);

    private final Pool pool;
    private final AuditLog audit;
    private final StaffPasswords passwords;
    private final PersonalDataCrypto crypto;
    private final SmsGateway sms;
    private final String linkUrl;

    StaffAccounts(Pool pool, AuditLog audit, StaffPasswords passwords, PersonalDataCrypto crypto,
            @Named(SmsGatewayProducer.CONFIGURED) SmsGateway sms,
            @ConfigProperty(name = "hamyar.staff-password.link-url") String linkUrl) {
        this.pool = pool;
        this.audit = audit;
        this.passwords = passwords;
        this.crypto = crypto;
        this.sms = sms;
        this.linkUrl = linkUrl;
    }

    public Uni<Page<View>> list(Long organisationId, PageRequest paging) {
        return pool.preparedQuery(LIST).execute(Tuple.of(organisationId, paging.size(), paging.offset()))
                .map(rows -> CountedPages.read(rows, paging, r -> view(r, 1)));
    }

    public Uni<View> get(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM staff_account WHERE id = $1 AND role = 'STAFF'")
                .execute(Tuple.of(id)).map(StaffAccounts::single);
    }

    public Uni<Created<View>> create(Request request, Caller caller) {
        List<FieldViolation> violations = new ArrayList<>();
        Request r = request == null ? new Request(null, null, null, null, null, null) : request;
        AdminChecks.required("organisationId", r.organisationId(), violations);
        String username = AdminChecks.name("username", r.username(), USERNAME, violations);
        String displayName = AdminChecks.text("displayName", r.displayName(), AdminChecks.MAX_NAME, violations);
        MobileNumber mobile = null;
        try {
            mobile = MobileNumber.parse(r.mobile());
        } catch (InvalidValueException e) {
            violations.add(new FieldViolation("mobile", e.code()));
        }
        AdminChecks.region(r.provinceCode(), r.countyId(), violations);
        AdminChecks.throwIfAny(violations);
        UUID id = TimeOrderedIds.next();
        String e164 = mobile.e164();
        List<Object> values = Arrays.asList(id, r.organisationId(), username, displayName, r.provinceCode(),
                r.countyId(), Buffer.buffer(crypto.encrypt(e164)), mobile.masked());
        return pool.withTransaction(tx -> tx.preparedQuery(INSERT).execute(Tuple.from(values))
                .map(StaffAccounts::single)
                .flatMap(view -> audit.record(tx, entry(caller, "staff.create", id))
                        .flatMap(x -> passwords.issue(tx, id))
                        .map(token -> new Sent(view, token, e164))))
                .onFailure().transform(e -> AdminChecks.refusal(e, "username"))
                .flatMap(sent -> sendLink(id, e164, sent.token()).replaceWith(sent.view()))
                .map(view -> new Created<>("/api/v1/admin/staff/" + id, view));
    }

    public Uni<View> disable(UUID id, Caller caller) {
        return change(id, caller, "staff.disable", "disabled_at = coalesce(disabled_at, $2), tokens_valid_after = $2",
                (tx, view) -> passwords.revoke(tx, id).replaceWith(view));
    }

    public Uni<View> enable(UUID id, Caller caller) {
        return change(id, caller, "staff.enable", "disabled_at = NULL", (tx, view) -> Uni.createFrom().item(view));
    }

    /**
     * Forgets the password (the account cannot log in with it any more) and sends a new set-password link. A
     * disabled account answers 409 {@code account-disabled}: enable it first, so resetting is no way round
     * disabling. An account without a mobile (made before there was this API) answers 409 {@code no-mobile}.
     */
    public Uni<View> reset(UUID id, Caller caller) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE staff_account SET password_hash = NULL, tokens_valid_after = $2 WHERE id = $1 AND role = 'STAFF'
                RETURNING %s, disabled_at, mobile_enc""".formatted(COLUMNS)).execute(Tuple.of(id, Timestamps.now()))
                .flatMap(rows -> {
                    View view = single(rows);
                    Row row = rows.iterator().next();
                    if (row.getValue(9) != null) {
                        throw ApiException.conflict(ProblemType.ACCOUNT_DISABLED, "status");
                    }
                    if (row.getValue(10) == null) {
                        throw ApiException.conflict(ProblemType.NO_MOBILE, "mobile");
                    }
                    String e164 = crypto.decrypt(row.getBuffer(10).getBytes());
                    return audit.record(tx, entry(caller, "staff.reset", id)).flatMap(x -> passwords.issue(tx, id))
                            .map(token -> new Sent(view, token, e164));
                }))
                .flatMap(sent -> sendLink(id, sent.e164(), sent.token()).replaceWith(sent.view()));
    }

    private record Sent(View view, String token, String e164) {
    }

    private interface After {
        Uni<View> apply(SqlClient tx, View view);
    }

    private Uni<View> change(UUID id, Caller caller, String action, String set, After after) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE staff_account SET %s WHERE id = $1 AND role = 'STAFF' AND $2::timestamptz IS NOT NULL
                RETURNING %s""".formatted(set, COLUMNS)).execute(Tuple.of(id, Timestamps.now()))
                .map(StaffAccounts::single)
                .flatMap(view -> audit.record(tx, entry(caller, action, id)).flatMap(x -> after.apply(tx, view))));
    }

    /**
     * Sent after the account and its link are committed. A failed send is logged, not answered as a failure: the
     * account is there, and resetting it sends another link. The link's token is never logged.
     */
    private Uni<Void> sendLink(UUID id, String e164, String token) {
        String text = "همیار: برای گذاشتن گذرواژهٔ حساب کارکنان خود تا %d ساعت این پیوند را باز کنید: %s%s"
                .formatted(passwords.ttl().toHours(), linkUrl, token);
        return sms.send(e164, text).onFailure().recoverWithItem(e -> {
            LOG.warnf("Set-password SMS for staff account %s not sent (%s); reset the account to send another", id,
                    e.getClass().getSimpleName());
            return null;
        });
    }

    private static AuditEntry entry(Caller caller, String action, UUID id) {
        return new AuditEntry(caller.actor(), action, "staff_account", id.toString(), null, null);
    }

    private static View single(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        if (rows.size() == 0) {
            throw ApiException.notFound();
        }
        return view(rows.iterator().next(), 0);
    }

    private static View view(Row r, int o) {
        return new View(r.getUUID(o), r.getLong(o + 1), r.getString(o + 2), r.getString(o + 3), r.getString(o + 4),
                r.getString(o + 5), r.getInteger(o + 6), r.getString(o + 7),
                r.getOffsetDateTime(o + 8).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
