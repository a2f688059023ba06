package org.hamyar.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hamyar.support.Citizens;
import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.Organisations;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A volunteer's own record: read, change, export, erase, and who looked at it. */
@QuarkusTest
class SelfServiceTest {

    @Inject
    Database database;

    @Test
    void aVolunteerChangesWhatTheyOwnAndNothingElse() {
        String id = Citizens.signUp(Citizens.freshMobile(), Organisations.KHAZANEH);
        String token = Tokens.volunteer(id);
        bearer(token).body(Map.of("neighbourhoodId", Organisations.NAZI_ABAD, "maxTravelKm", 12,
                "skills", List.of(Map.of("code", "teaching", "level", 5)), "consent", Map.of("sms", false)))
                .patch("/api/v1/me").then().statusCode(200).body("neighbourhoodId", equalTo(Organisations.NAZI_ABAD))
                .body("maxTravelKm", equalTo(12)).body("skills.code", containsInAnyOrder("teaching"))
                .body("consent.sms", equalTo(false)).body("firstName", equalTo("زهرا"));

        badRequest().header("Authorization", "Bearer " + token)
                .body(Map.of("status", "ACTIVE", "mobile", "09350000000", "maxTravelKm", 1, "shoeSize", 42))
                .patch("/api/v1/me").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("status", "mobile", "shoeSize"));
        badRequest().header("Authorization", "Bearer " + token).body(Map.of("maxTravelKm", 9000, "languages",
                List.of("xx"))).patch("/api/v1/me").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("maxTravelKm", "languages[0]"));
        badRequest().header("Authorization", "Bearer " + token).body(Map.of("neighbourhoodId", 1))
                .patch("/api/v1/me").then().statusCode(400).body("errors[0].field", equalTo("neighbourhoodId"));
        bearer(token).get("/api/v1/me").then().body("maxTravelKm", equalTo(12)).body("status", equalTo("REGISTERED"));
    }

    @Test
    void staffReadsAreRecordedWithTheirReasonAndShownToTheVolunteer() {
        String id = Citizens.signUp(Citizens.freshMobile(), Organisations.KHAZANEH);
        bearer(Tokens.staff(1, "county:2801"))
                .header("X-Access-Reason", java.net.URLEncoder.encode("بررسی تطبیق با نیاز سالمندان",
                        java.nio.charset.StandardCharsets.UTF_8))
                .get("/api/v1/volunteers/" + id).then().statusCode(200);
        badRequest().header("Authorization", "Bearer " + Tokens.staff(1, "county:2801"))
                .get("/api/v1/volunteers/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("X-Access-Reason"));
        bearer(Tokens.staff(1, Organisations.QAZVIN_PROVINCE)).header("X-Access-Reason", "curiosity")
                .get("/api/v1/volunteers/" + id).then().statusCode(403);

        bearer(Tokens.volunteer(id)).get("/api/v1/me/access-log").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].actorKind", equalTo("STAFF"))
                .body("items[0].action", equalTo("volunteer.read"))
                .body("items[0].reason", equalTo("بررسی تطبیق با نیاز سالمندان"));
    }

    @Test
    void theExportHoldsEverythingInClear() {
        String mobile = Citizens.freshMobile();
        String id = Citizens.signUp(mobile, Organisations.KHAZANEH);
        bearer(Tokens.volunteer(id)).get("/api/v1/me/export").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .body("mobile", equalTo(Citizens.e164(mobile)))
                .body("nationalId", org.hamcrest.Matchers.matchesPattern("\\d{10}"))
                .body("profile.id", equalTo(id)).body("history.action", hasItem("volunteer.export"));
    }

    @Test
    void erasureRemovesThePersonButKeepsTheCounts() {
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = SignupBodies.valid(nationalId);
        String id = api().body(body).post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
        long before = database.count("SELECT count(*) FROM volunteer", io.vertx.mutiny.sqlclient.Tuple.tuple());

        badRequest().header("Authorization", "Bearer " + Tokens.volunteer(id)).delete("/api/v1/me")
                .then().statusCode(204);

        bearer(Tokens.volunteer(id)).get("/api/v1/me").then().statusCode(404);
        assertThat(database.volunteersWithNationalId(nationalId)).isZero();
        assertThat(database.text("SELECT concat_ws('|', first_name, last_name, mobile_masked, status) FROM volunteer "
                + "WHERE id = $1::uuid", io.vertx.mutiny.sqlclient.Tuple.of(id))).isEqualTo("ERASED");
        assertThat(database.count("SELECT count(*) FROM volunteer", io.vertx.mutiny.sqlclient.Tuple.tuple()))
                .isEqualTo(before);
        // The same person may sign up again.
        api().body(body).post("/api/v1/volunteers").then().statusCode(201);
    }

    @Test
    void onlyTheCitizenReachesTheirRecord() {
        badRequest().get("/api/v1/me").then().statusCode(401);
        bearer(Tokens.staff()).get("/api/v1/me").then().statusCode(403);
        badRequest().header("Authorization", "Bearer " + Tokens.partner(1, "province:28", "needs:write"))
                .delete("/api/v1/me").then().statusCode(403);
    }
}
