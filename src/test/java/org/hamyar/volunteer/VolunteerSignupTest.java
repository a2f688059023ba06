package org.hamyar.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.SignupBodies;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class VolunteerSignupTest {

    private static final String PATH = "/api/v1/volunteers";

    @Inject
    Database db;

    @Test
    void signUpStoresTheVolunteerAndAnswersWithMaskedIdentifiers() {
        String nationalId = NationalIds.fresh();
        Response created = api().body(SignupBodies.valid(nationalId)).post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("status", equalTo("REGISTERED"))
                .body("nationalIdMasked", equalTo("*******" + nationalId.substring(7)))
                .body("mobileMasked", equalTo("+989*****6789"))
                .body("campaignId", equalTo(1))
                .body("skills.code", hasItems("elderly-care", "counselling"))
                .extract().response();

        assertThat(created.asString()).doesNotContain(nationalId).doesNotContain("9123456789");
        assertThat(created.header("Location")).endsWith(created.path("id"));
        assertThat(db.volunteersWithNationalId(nationalId)).isEqualTo(1);
        String stored = db.text("SELECT national_id_masked || mobile_masked || encode(national_id_enc, 'escape') "
                + "FROM volunteer WHERE id = $1", Tuple.of(UUID.fromString(created.path("id"))));
        assertThat(stored).doesNotContain(nationalId);
    }

    @Test
    void persianDigitsAndArabicLettersAreNormalised() {
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = SignupBodies.valid(NationalIds.persian(nationalId));
        body.put("mobile", "+۹۸۹۱۲۱۱۱۲۲۳۳");
        body.put("firstName", "  علي  ");
        body.put("lastName", "كريمي");

        api().body(body).post(PATH).then().statusCode(201)
                .body("firstName", equalTo("علی"))
                .body("lastName", equalTo("کریمی"))
                .body("mobileMasked", equalTo("+989*****2233"));
        assertThat(db.volunteersWithNationalId(nationalId)).isEqualTo(1);
    }

    @Test
    void eightDigitNationalIdsAreLeftPadded() {
        // 0084575948 is DOMAIN.md's valid example; its leading zeros are often dropped.
        long before = db.volunteersWithNationalId("0084575948");
        Map<String, Object> body = SignupBodies.valid("84575948");
        Response r = api().body(body).post(PATH).then().extract().response();
        if (before == 0) {
            assertThat(r.statusCode()).isEqualTo(201);
        } else {
            assertThat(r.statusCode()).isEqualTo(409);
        }
        assertThat(db.volunteersWithNationalId("0084575948")).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreAllNamedAndNothingIsStored() {
        String nationalId = NationalIds.fresh();
        String wrongChecksum = nationalId.substring(0, 9) + ((nationalId.charAt(9) - '0' + 1) % 10);
        Map<String, Object> body = SignupBodies.valid(wrongChecksum);
        body.put("mobile", "02112345678");
        body.put("skills", List.of(Map.of("code", "elderly-care", "level", 9)));
        body.put("consent", Map.of("dataProcessing", false));
        body.remove("lastName");

        badRequest().header("Accept-Language", "en").body(body).post(PATH)
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("/validation"))
                .body("title", equalTo("Invalid input"))
                .body("instance", equalTo(PATH))
                .body("errors.field", hasItems("nationalId", "mobile", "skills[0].level", "consent.dataProcessing",
                        "lastName"))
                .body("errors.find { it.field == 'nationalId' }.code", equalTo("checksum"))
                .body(not(containsString("Exception")));
        assertThat(db.volunteersWithNationalId(wrongChecksum)).isZero();
    }

    @Test
    void errorsArePersianByDefault() {
        Map<String, Object> body = SignupBodies.valid("1111111111");
        badRequest().body(body).post(PATH)
                .then().statusCode(400)
                .body("title", equalTo("داده‌های ورودی نامعتبر است"))
                .body("errors[0].field", equalTo("nationalId"))
                .body("errors[0].code", equalTo("same-digits"))
                .body("errors[0].message", containsString("کد ملی"));
    }

    @Test
    void unknownSkillAndNeighbourhoodAreNamedByTheDatabaseCheck() {
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = SignupBodies.valid(nationalId);
        body.put("neighbourhoodId", 999999);
        body.put("skills", List.of(Map.of("code", "counselling", "level", 2), Map.of("code", "juggling", "level", 3)));

        badRequest().header("Accept-Language", "en").body(body).post(PATH)
                .then().statusCode(400)
                .body("errors.field", hasItems("neighbourhoodId", "skills[1].code"))
                .body("errors.code", hasItems("unknown"));
        assertThat(db.volunteersWithNationalId(nationalId)).isZero();
    }

    @Test
    void aCampaignThatIsNotOpenIsRefused() {
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = SignupBodies.valid(nationalId);
        body.put("campaignId", 424242);

        badRequest().body(body).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("campaignId"))
                .body("errors[0].code", equalTo("unknown"));
        assertThat(db.volunteersWithNationalId(nationalId)).isZero();
    }

    @Test
    void malformedJsonAndWrongTypesAreProblems() {
        badRequest().body("{\"nationalId\": ").post(PATH).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("/malformed-body"))
                .body("errors[0].field", equalTo("body"));

        Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
        body.put("birthDate", "21/03/1988");
        badRequest().body(body).post(PATH).then().statusCode(400)
                .body("type", endsWith("/malformed-body"))
                .body("errors[0].field", equalTo("birthDate"));

        body = SignupBodies.valid(NationalIds.fresh());
        body.put("skills", List.of(Map.of("code", "counselling", "level", "expert")));
        badRequest().body(body).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("skills[0].level"));
    }

    @Test
    void anOversizedBodyIs413() {
        Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
        body.put("firstName", "ا".repeat(70_000));
        badRequest().body(body).post(PATH).then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("/payload-too-large"));
    }

    @Test
    void theSameNationalIdTwiceIsAConflictThatRevealsNothing() {
        String nationalId = NationalIds.fresh();
        api().body(SignupBodies.valid(nationalId)).post(PATH).then().statusCode(201);

        Map<String, Object> again = SignupBodies.valid(nationalId);
        again.put("firstName", "مریم");
        String answer = badRequest().header("Accept-Language", "en").body(again).post(PATH)
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("/duplicate-volunteer"))
                .body("errors", nullValue())
                .extract().asString();
        assertThat(answer).doesNotContain("زهرا").doesNotContain(nationalId.substring(7)).doesNotContain("id\":\"");
        assertThat(db.volunteersWithNationalId(nationalId)).isEqualTo(1);
    }

    @Test
    void concurrentSignUpsWithOneNationalIdStoreExactlyOne() throws Exception {
        String nationalId = NationalIds.fresh();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> badRequest().body(SignupBodies.valid(nationalId)).post(PATH).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.volunteersWithNationalId(nationalId)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheOriginalAnswer() {
        String key = UUID.randomUUID().toString();
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = SignupBodies.valid(nationalId);

        Response first = api().header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).extract().response();
        Response retry = api().header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).extract().response();

        assertThat(retry.<String> path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.<Integer> path("campaignId")).isEqualTo(1);
        assertThat(db.volunteersWithNationalId(nationalId)).isEqualTo(1);

        Map<String, Object> changed = SignupBodies.valid(nationalId);
        changed.put("maxTravelKm", 9);
        badRequest().header("Idempotency-Key", key).body(changed).post(PATH)
                .then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reuse"));
        assertThat(db.volunteersWithNationalId(nationalId)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyStoreOneVolunteer() throws Exception {
        String key = UUID.randomUUID().toString();
        String nationalId = NationalIds.fresh();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> api().header("Idempotency-Key", key).body(SignupBodies.valid(nationalId)).post(PATH)
                        .then().statusCode(201).extract().path("id"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.volunteersWithNationalId(nationalId)).isEqualTo(1);
    }

    @Test
    void personalDataNeverReachesTheLog() throws IOException {
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = SignupBodies.valid(nationalId);
        body.put("mobile", "09351112299");
        api().body(body).post(PATH).then().statusCode(201);
        badRequest().body(body).post(PATH).then().statusCode(409);
        Map<String, Object> broken = SignupBodies.valid(nationalId);
        broken.put("birthDate", "not-a-date");
        badRequest().body(broken).post(PATH).then().statusCode(400);

        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertThat(log).doesNotContain(nationalId).doesNotContain("9351112299");
    }

    @Test
    void theLocationAnswersForTheVolunteer() {
        Response created = api().body(SignupBodies.valid(NationalIds.fresh())).post(PATH)
                .then().statusCode(201).extract().response();
        String id = created.path("id");
        bearer(org.hamyar.support.Tokens.volunteer(id)).get(PATH + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("nationalIdMasked", matchesPattern("\\*{7}[0-9]{3}"))
                .body("availability[0].from", equalTo("16:00"))
                .body("createdAt", equalTo(created.path("createdAt")));
    }
}
