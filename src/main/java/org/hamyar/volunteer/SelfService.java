package org.hamyar.volunteer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.audit.AuditLog.AccessLogEntry;
import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.MergePatch;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.common.Timestamps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** A volunteer's own record: read, change, export and erase, each change recorded in the audit trail. */
@ApplicationScoped
public class SelfService {

    /** All the service holds about a volunteer, identifiers in clear: it is their own data. */
    public record Export(OffsetDateTime exportedAt, String nationalId, String mobile, VolunteerView profile,
            List<AccessLogEntry> history) {
    }

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final VolunteerRepository volunteers;
    private final List<AfterErasure> afterErasure;
    private final SelfServiceRepository records;
    private final SignupValidator validator;
    private final PersonalDataCrypto crypto;
    private final AuditLog audit;
    private final ObjectMapper json;

    SelfService(VolunteerRepository volunteers, SelfServiceRepository records, SignupValidator validator,
            PersonalDataCrypto crypto, AuditLog audit, ObjectMapper json, @All List<AfterErasure> afterErasure) {
        this.afterErasure = afterErasure;
        this.volunteers = volunteers;
        this.records = records;
        this.validator = validator;
        this.crypto = crypto;
        this.audit = audit;
        this.json = json;
    }

    public Uni<VolunteerView> get(UUID id) {
        return volunteers.find(id).map(found -> found.orElseThrow(ApiException::notFound));
    }

    /** The patch is checked whole against the sign-up rules, so an edit cannot leave a record sign-up would refuse. */
    public Uni<VolunteerView> update(UUID id, JsonNode patch, Actor actor) {
        ObjectNode changes = ProfilePatch.check(patch);
        return get(id).flatMap(current -> records.findProtected(id).map(p -> {
            ObjectNode base = json.valueToTree(current);
            base.put("nationalId", crypto.decrypt(p.orElseThrow(ApiException::notFound).nationalIdEnc()));
            base.put("mobile", crypto.decrypt(p.get().mobileEnc()));
            base.putObject("consent").put("dataProcessing", true).put("sms", current.consent().sms());
            return validator.validate(MergePatch.read(json, MergePatch.merge(base, changes), SignupRequest.class));
        })).flatMap(valid -> records.pool().withTransaction(tx -> records.update(tx, id, valid, Timestamps.now())
                .flatMap(updated -> {
                    if (!updated) {
                        throw ApiException.notFound();
                    }
                    return audit.record(tx, new AuditEntry(actor, "volunteer.update", "volunteer",
                            id.toString(), id, "self-service: " + MergePatch.fieldNames(changes)));
                }))
                .onFailure(PgException.class).recoverWithUni(e -> refused((PgException) e, valid)))
                .flatMap(x -> get(id));
    }

    public Uni<Export> export(UUID id, Actor actor) {
        return get(id).flatMap(view -> records.findProtected(id).flatMap(p -> records.pool().withTransaction(
                tx -> audit.record(tx, new AuditEntry(actor, "volunteer.export", "volunteer", id.toString(), id,
                        "self-service")))
                .flatMap(x -> audit.history(id))
                .map(history -> new Export(Timestamps.now(),
                        crypto.decrypt(p.orElseThrow(ApiException::notFound).nationalIdEnc()),
                        crypto.decrypt(p.get().mobileEnc()), view, history))));
    }

    public Uni<Void> erase(UUID id, Actor actor) {
        return records.pool().withTransaction(tx -> records.erase(tx, id, Timestamps.now()).flatMap(erased -> {
            if (!erased) {
                throw ApiException.notFound();
            }
            return audit.record(tx, new AuditEntry(actor, "volunteer.erase", "volunteer", id.toString(), id,
                    "self-service"));
        })).call(x -> Multi.createFrom().iterable(afterErasure).onItem()
                .transformToUniAndConcatenate(then -> then.erased(id)).collect().last());
    }

    public Uni<Page<AccessLogEntry>> accessLog(UUID id, PageRequest paging) {
        return get(id).flatMap(x -> audit.accessLog(id, paging));
    }

    private Uni<Void> refused(PgException e, NewVolunteer v) {
        if (!FOREIGN_KEY_VIOLATION.equals(e.getSqlState())) {
            return Uni.createFrom().failure(e);
        }
        return volunteers.diagnose(v.neighbourhoodId(), v.skills(), null).map(violations -> {
            throw ApiException.invalid(violations.isEmpty()
                    ? List.of(new FieldViolation("body", "invalid"))
                    : violations);
        });
    }
}
