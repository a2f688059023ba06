package org.hamyar.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.IdempotencyKeys.StoredResponse;
import org.hamyar.common.Json;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.common.ProblemType;
import org.hamyar.common.Tehran;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.Timestamps;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.hamyar.volunteer.VolunteerRepository.IdempotencyRecord;
import org.hamyar.volunteer.VolunteerRepository.Insert;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** Signs volunteers up: validation, protection of identifiers, one durable insert, idempotent replays. */
@ApplicationScoped
public class SignupService {

    /** The answer to a sign-up, ready to send: {@code body} is the volunteer's JSON. */
    public record Outcome(String location, String body) {
    }

    static final String IDEMPOTENCY_SCOPE = "POST /api/v1/volunteers";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String NATIONAL_ID_CONSTRAINT = "volunteer_national_id_uk";
    private static final Logger LOG = Logger.getLogger(SignupService.class);

    private final SignupValidator validator;
    private final VolunteerRepository volunteers;
    private final IdempotencyKeys idempotency;
    private final PersonalDataCrypto crypto;
    private final ObjectMapper json;

    SignupService(SignupValidator validator, VolunteerRepository volunteers, IdempotencyKeys idempotency,
            PersonalDataCrypto crypto, ObjectMapper json) {
        this.validator = validator;
        this.volunteers = volunteers;
        this.idempotency = idempotency;
        this.crypto = crypto;
        this.json = json;
    }

    public Uni<Outcome> signUp(SignupRequest request, String idempotencyKey) {
        IdempotencyKeys.checkKey(idempotencyKey);
        NewVolunteer volunteer = validator.validate(request);
        if (idempotencyKey == null) {
            return insert(volunteer, null);
        }
        byte[] requestHash = IdempotencyKeys.sha256(Json.write(json, request).getBytes(StandardCharsets.UTF_8));
        return idempotency.find(IDEMPOTENCY_SCOPE, idempotencyKey).flatMap(prior -> prior.isPresent()
                ? Uni.createFrom().item(replay(prior.get(), requestHash))
                : insert(volunteer, new IdempotencyKey(idempotencyKey, requestHash)));
    }

    private record IdempotencyKey(String key, byte[] requestHash) {
    }

    private Uni<Outcome> insert(NewVolunteer v, IdempotencyKey idempotencyKey) {
        UUID id = TimeOrderedIds.next();
        OffsetDateTime now = Timestamps.now();
        VolunteerView view = new VolunteerView(id, VolunteerView.REGISTERED, v.nationalId().masked(),
                v.mobile().masked(), v.firstName(), v.lastName(), v.birthDate(), v.gender(), v.neighbourhoodId(),
                v.skills().stream().sorted(Comparator.comparing(SkillLevel::code)).toList(), v.availability(),
                v.languages(), v.maxTravelKm(), null, new Consent(true, v.smsConsent()), now);
        String location = "/api/v1/volunteers/" + id;
        Insert insert = new Insert(id, crypto.hmac(v.nationalId().value()), crypto.encrypt(v.nationalId().value()),
                crypto.hmac(v.mobile().e164()), crypto.encrypt(v.mobile().e164()), view, v.campaignId(),
                now.atZoneSameInstant(Tehran.ZONE).toLocalDate());
        IdempotencyRecord record = idempotencyKey == null ? null
                : new IdempotencyRecord(IDEMPOTENCY_SCOPE,
                        idempotencyKey.key(), idempotencyKey.requestHash(), location, Json.write(json, view));
        return volunteers.insert(insert, record)
                .flatMap(inserted -> {
                    if (!inserted.stored()) {
                        return refusedReferences(v);
                    }
                    LOG.debugf("Volunteer %s signed up", id);
                    return Uni.createFrom().item(new Outcome(location, Json.write(json, withCampaign(view,
                            inserted.campaignId()))));
                })
                .onFailure(PgException.class).recoverWithUni(e -> refused((PgException) e, v, idempotencyKey));
    }

    private Uni<Outcome> refused(PgException e, NewVolunteer v, IdempotencyKey idempotencyKey) {
        if (UNIQUE_VIOLATION.equals(e.getSqlState())) {
            if (idempotencyKey != null) {
                // A concurrent request with the same key may have won the race; if so, answer as it did.
                return idempotency.find(IDEMPOTENCY_SCOPE, idempotencyKey.key()).map(prior -> prior
                        .map(p -> replay(p, idempotencyKey.requestHash()))
                        .orElseThrow(() -> duplicateOr(e)));
            }
            return Uni.createFrom().failure(duplicateOr(e));
        }
        if (FOREIGN_KEY_VIOLATION.equals(e.getSqlState())) {
            return refusedReferences(v);
        }
        return Uni.createFrom().failure(e);
    }

    private static RuntimeException duplicateOr(PgException e) {
        return NATIONAL_ID_CONSTRAINT.equals(e.getConstraint()) ? new ApiException(ProblemType.DUPLICATE_VOLUNTEER) : e;
    }

    private Uni<Outcome> refusedReferences(NewVolunteer v) {
        return volunteers.diagnose(v.neighbourhoodId(), v.skills(), v.campaignId())
                .map(violations -> {
                    if (violations.isEmpty()) {
                        throw new IllegalStateException("Sign-up refused but every reference exists");
                    }
                    throw ApiException.invalid(violations);
                });
    }

    private static Outcome replay(StoredResponse prior, byte[] requestHash) {
        if (!prior.sameRequest(requestHash)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSE);
        }
        return new Outcome(prior.location(), prior.body());
    }

    private static VolunteerView withCampaign(VolunteerView v, Long campaignId) {
        return new VolunteerView(v.id(), v.status(), v.nationalIdMasked(), v.mobileMasked(), v.firstName(),
                v.lastName(), v.birthDate(), v.gender(), v.neighbourhoodId(), v.skills(), v.availability(),
                v.languages(), v.maxTravelKm(), campaignId, v.consent(), v.createdAt());
    }

}
