package org.hamyar.volunteer;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.Created;
import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.Json;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.common.ProblemType;
import org.hamyar.common.Tehran;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.Timestamps;
import org.hamyar.volunteer.SignupInserts.Insert;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Signs volunteers up: validation, protection of identifiers, one durable insert (shared with the sign-ups that
 * arrive at the same moment, {@link SignupBatcher}), idempotent replays.
 */
@ApplicationScoped
public class SignupService {

    static final String OPERATION = "POST /api/v1/volunteers";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String NATIONAL_ID_CONSTRAINT = "volunteer_national_id_uk";
    private static final Logger LOG = Logger.getLogger(SignupService.class);

    private final SignupValidator validator;
    private final VolunteerRepository volunteers;
    private final SignupBatcher batcher;
    private final IdempotencyKeys idempotency;
    private final PersonalDataCrypto crypto;
    private final ObjectMapper json;
    private final SignupMetrics metrics;

    SignupService(SignupValidator validator, VolunteerRepository volunteers, SignupBatcher batcher,
            IdempotencyKeys idempotency,
            PersonalDataCrypto crypto, ObjectMapper json, SignupMetrics metrics) {
        this.metrics = metrics;
        this.validator = validator;
        this.volunteers = volunteers;
        this.batcher = batcher;
        this.idempotency = idempotency;
        this.crypto = crypto;
        this.json = json;
    }

    /** The new volunteer as the API shows it (identifiers masked); with a key, a retry answers as the first did. */
    public Uni<Created<VolunteerView>> signUp(SignupRequest request, String idempotencyKey) {
        try {
            return attempt(request, idempotencyKey)
                    .onFailure(ApiException.class).invoke(e -> metrics.refused(((ApiException) e).type()));
        } catch (ApiException e) {
            metrics.refused(e.type());
            throw e;
        }
    }

    private Uni<Created<VolunteerView>> attempt(SignupRequest request, String idempotencyKey) {
        IdempotencyKeys.checkKey(idempotencyKey);
        NewVolunteer volunteer = validator.validate(request);
        return idempotency.once(OPERATION, null, idempotencyKey, request, VolunteerView.class,
                attempt -> insert(volunteer, attempt))
                .onFailure(PgException.class).recoverWithUni(e -> refused((PgException) e, volunteer));
    }

    private Uni<Created<VolunteerView>> insert(NewVolunteer v, IdempotencyKeys.Attempt attempt) {
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
        // The key's record is written by the same statement; its body gets the campaign the database chose.
        String body = attempt.keyed() ? Json.write(json, view) : null;
        return batcher.insert(insert, attempt, location, body).flatMap(inserted -> {
            if (!inserted.stored()) {
                return refusedReferences(v);
            }
            LOG.debugf("Volunteer %s signed up", id);
            metrics.signedUp();
            return Uni.createFrom().item(new Created<>(location, view.inCampaign(inserted.campaignId())));
        });
    }

    private Uni<Created<VolunteerView>> refused(PgException e, NewVolunteer v) {
        if (UNIQUE_VIOLATION.equals(e.getSqlState()) && NATIONAL_ID_CONSTRAINT.equals(e.getConstraint())) {
            return Uni.createFrom().failure(new ApiException(ProblemType.DUPLICATE_VOLUNTEER));
        }
        if (FOREIGN_KEY_VIOLATION.equals(e.getSqlState())) {
            return refusedReferences(v);
        }
        return Uni.createFrom().failure(e);
    }

    private Uni<Created<VolunteerView>> refusedReferences(NewVolunteer v) {
        return volunteers.diagnose(v.neighbourhoodId(), v.skills(), v.campaignId())
                .map(violations -> {
                    if (violations.isEmpty()) {
                        throw new IllegalStateException("Sign-up refused but every reference exists");
                    }
                    throw ApiException.invalid(violations);
                });
    }
}
