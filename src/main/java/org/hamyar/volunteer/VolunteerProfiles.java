package org.hamyar.volunteer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditEntry;
import org.hamyar.audit.AuditLog;
import org.hamyar.common.ApiException;
import org.hamyar.common.Ids;
import org.hamyar.common.StrictText;
import org.hamyar.security.Caller;

import io.smallrye.mutiny.Uni;

/** Reads a volunteer's record for the volunteer themself or for staff of the volunteer's region. */
@ApplicationScoped
public class VolunteerProfiles {

    static final int MAX_REASON = 200;

    private final VolunteerRepository volunteers;
    private final SelfServiceRepository records;
    private final AuditLog audit;

    VolunteerProfiles(VolunteerRepository volunteers, SelfServiceRepository records, AuditLog audit) {
        this.volunteers = volunteers;
        this.records = records;
        this.audit = audit;
    }

    /**
     * Another citizen gets 404, as for an unknown id, so that ids cannot be probed. Staff must say why they read
     * (recorded with the read, which the volunteer sees in their access log) and see only their region.
     */
    public Uni<VolunteerView> get(String rawId, Caller caller, String reason) {
        if (!caller.isStaff() && !caller.isVolunteer()) {
            throw ApiException.forbidden();
        }
        UUID id = Ids.parseOrNull(rawId);
        if (!caller.isStaff()) {
            if (id == null || !id.equals(caller.volunteerId())) {
                throw ApiException.notFound();
            }
            return volunteers.find(id).map(found -> found.orElseThrow(ApiException::notFound));
        }
        String why = decode(reason);
        if (why == null || why.isBlank()) {
            throw ApiException.invalid("X-Access-Reason", "required");
        }
        if (why.length() > MAX_REASON) {
            throw ApiException.invalid("X-Access-Reason", "too-long");
        }
        if (id == null) {
            throw ApiException.notFound();
        }
        return records.findProtected(id)
                .map(found -> found.orElseThrow(ApiException::notFound))
                .invoke(place -> {
                    if (!caller.staffCovers(place.provinceCode(), place.countyId())) {
                        throw ApiException.forbidden();
                    }
                })
                .flatMap(place -> audit.record(records.pool(), new AuditEntry(caller.actor(), "volunteer.read",
                        "volunteer", id.toString(), id, why.strip())))
                .flatMap(x -> volunteers.find(id))
                .map(found -> found.orElseThrow(ApiException::notFound));
    }

    /** Header values are ISO-8859-1, so Persian reasons come percent-encoded as UTF-8 (encodeURIComponent). */
    private static String decode(String header) {
        if (header == null) {
            return null;
        }
        String reason = StrictText.percentDecoded(header, true)
                .orElseThrow(() -> ApiException.invalid("X-Access-Reason", "invalid"));
        if (!StrictText.storable(reason)) {
            throw ApiException.invalid("X-Access-Reason", "text");
        }
        return reason;
    }
}
