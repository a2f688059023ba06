package org.hamyar.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.support.CentreBodies;
import org.hamyar.support.Database;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

/** Needs: written by their organisation in its region (staff, or partner apps idempotently), read by anyone. */
@QuarkusTest
class NeedTest {

    @Inject
    Organisations organisations;
    @Inject
    Database database;

    private long org;
    private String staff;
    private String centre;

    @BeforeEach
    void centre() {
        org = organisations.organisation("WELFARE_OFFICE");
        staff = Tokens.staff(org, "county:2801");
        centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.66, 51.40))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
    }

    private String create(String token, Map<String, Object> body) {
        return bearer(token).body(body).post("/api/v1/needs").then().statusCode(201).extract().path("id");
    }

    @Test
    void staffPublishANeedThatAnyoneCanFind() {
        String id = create(staff, CentreBodies.need(centre, "ELDERLY"));
        api().get("/api/v1/needs/" + id).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("title", equalTo("همراهی سالمندان تنها")).body("sensitive", equalTo(false))
                .body("neighbourhoodId", equalTo(Organisations.NAZI_ABAD)).body("countyId", equalTo(2801))
                .body("skills[0].code", equalTo("elderly-care"));
        api().queryParam("neighbourhood", Organisations.NAZI_ABAD).queryParam("skill", "elderly-care")
                .queryParam("targetGroup", "elderly").queryParam("status", "OPEN").get("/api/v1/needs")
                .then().statusCode(200).body("items.id", hasItem(id));
        api().queryParam("county", 2001).get("/api/v1/needs").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void sensitiveDetailsAreHiddenFromThePublicAndShownToTheOwner() {
        Map<String, Object> body = CentreBodies.need(centre, "WORKING_CHILDREN");
        body.put("title", "کلاس سوادآموزی کودکان کار");
        String id = create(staff, body);
        api().get("/api/v1/needs/" + id).then().statusCode(200).body("sensitive", equalTo(true))
                .body("title", nullValue()).body("description", nullValue()).body("targetGroup", nullValue())
                .body("centreId", nullValue()).body("volunteersNeeded", equalTo(3));
        bearer(staff).get("/api/v1/needs/" + id).then().body("title", equalTo("کلاس سوادآموزی کودکان کار"));
        bearer(Tokens.staff(organisations.organisation("NGO"), "county:2801")).get("/api/v1/needs/" + id)
                .then().body("title", nullValue());
        // Filtering by the hidden target group must not reveal it.
        api().queryParam("targetGroup", "WORKING_CHILDREN").queryParam("neighbourhood", Organisations.NAZI_ABAD)
                .get("/api/v1/needs").then().body("items.id", not(hasItem(id)));
        bearer(staff).queryParam("targetGroup", "WORKING_CHILDREN")
                .queryParam("neighbourhood", Organisations.NAZI_ABAD).get("/api/v1/needs")
                .then().body("items.id", hasItem(id));
        body.put("sensitive", false);
        badRequest().header("Authorization", "Bearer " + staff).body(body).post("/api/v1/needs")
                .then().statusCode(400).body("errors[0].field", equalTo("sensitive"));
    }

    @Test
    void outsidersCannotPlaceASensitiveNeedOrReadItsTargetGroupFromItsSkillsOrTheFilters() {
        Map<String, Object> body = CentreBodies.need(centre, "ADDICTION_RECOVERY");
        body.put("skills", List.of(Map.of("code", "addiction-recovery-support", "minLevel", 2)));
        String id = create(staff, body);
        String outsider = Tokens.staff(organisations.organisation("NGO"), "county:2801");
        for (var asker : List.of(api(), bearer(outsider))) {
            asker.get("/api/v1/needs/" + id).then().statusCode(200).body("sensitive", equalTo(true))
                    .body("neighbourhoodId", nullValue()).body("centreId", nullValue())
                    .body("skills.size()", equalTo(0)).body("countyId", equalTo(2801));
        }
        // The neighbourhood (with the public centre list) or a skill code would give the need away as a filter too.
        api().queryParam("county", 2801).queryParam("size", 200).get("/api/v1/needs").then()
                .body("items.id", hasItem(id));
        api().queryParam("neighbourhood", Organisations.NAZI_ABAD).queryParam("size", 200).get("/api/v1/needs")
                .then().body("items.id", not(hasItem(id)));
        api().queryParam("skill", "addiction-recovery-support").queryParam("size", 200).get("/api/v1/needs")
                .then().body("items.id", not(hasItem(id)));
        bearer(staff).queryParam("neighbourhood", Organisations.NAZI_ABAD).queryParam("skill",
                "addiction-recovery-support").get("/api/v1/needs").then().body("items.id", hasItem(id));
        bearer(staff).get("/api/v1/needs/" + id).then().body("neighbourhoodId", equalTo(Organisations.NAZI_ABAD))
                .body("skills[0].code", equalTo("addiction-recovery-support"));
    }

    @Test
    void aPartnerAppPushesNeedsIdempotently() {
        String partner = Tokens.partner(org, "county:2801", "needs:write");
        Map<String, Object> body = CentreBodies.need(centre, "MARGINAL_SETTLEMENTS");
        String key = UUID.randomUUID().toString();
        String first = bearer(partner).header("Idempotency-Key", key).body(body).post("/api/v1/needs")
                .then().statusCode(201).extract().path("id");
        String again = bearer(partner).header("Idempotency-Key", key).body(body).post("/api/v1/needs")
                .then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(database.count("SELECT count(*) FROM need WHERE centre_id = $1::uuid", Tuple.of(centre))).isOne();
        body.put("volunteersNeeded", 9);
        badRequest().header("Authorization", "Bearer " + partner).header("Idempotency-Key", key).body(body)
                .post("/api/v1/needs").then().statusCode(422);
        bearer(Tokens.partner(org, "county:2801", "centres:write")).body(body).post("/api/v1/needs")
                .then().statusCode(403);
    }

    @Test
    void badInputIsNamedAndNothingIsStored() {
        Map<String, Object> body = CentreBodies.need(centre, "PETS");
        body.put("volunteersNeeded", 0);
        body.put("endsOn", "2026-01-01");
        body.put("status", "FILLED");
        body.put("skills", List.of(Map.of("code", "elderly-care", "minLevel", 9)));
        badRequest().header("Authorization", "Bearer " + staff).body(body).post("/api/v1/needs")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("targetGroup", "volunteersNeeded",
                        "endsOn", "status", "skills[0].minLevel"));
        Map<String, Object> unknownSkill = CentreBodies.need(centre, "ELDERLY");
        unknownSkill.put("skills", List.of(Map.of("code", "juggling", "minLevel", 1)));
        badRequest().header("Authorization", "Bearer " + staff).body(unknownSkill).post("/api/v1/needs")
                .then().statusCode(400).body("errors[0].field", equalTo("skills[0].code"))
                .body("errors[0].code", equalTo("unknown"));
        assertThat(database.count("SELECT count(*) FROM need WHERE centre_id = $1::uuid", Tuple.of(centre))).isZero();
    }

    @Test
    void theOwnerClosesANeedButCannotMarkItFilledAndOthersCannotTouchIt() {
        String id = create(staff, CentreBodies.need(centre, "ELDERLY"));
        bearer(staff).body(Map.of("status", "CLOSED", "volunteersNeeded", 5)).patch("/api/v1/needs/" + id)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("volunteersNeeded", equalTo(5));
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("status", "FILLED"))
                .patch("/api/v1/needs/" + id).then().statusCode(400).body("errors[0].field", equalTo("status"));
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("centreId", UUID.randomUUID()))
                .patch("/api/v1/needs/" + id).then().statusCode(400).body("errors[0].code", equalTo("read-only"));
        bearer(Tokens.staff(org, Organisations.QAZVIN_PROVINCE)).body(Map.of("priority", "LOW"))
                .patch("/api/v1/needs/" + id).then().statusCode(403);
        bearer(Tokens.volunteer(UUID.randomUUID().toString())).body(Map.of("priority", "LOW"))
                .patch("/api/v1/needs/" + id).then().statusCode(403);
        badRequest().body(Map.of("priority", "LOW")).patch("/api/v1/needs/" + id).then().statusCode(401);
        bearer(staff).body(Map.of("priority", "LOW")).patch("/api/v1/needs/" + UUID.randomUUID())
                .then().statusCode(404);
        assertThat(database.count("SELECT count(*) FROM audit_entry WHERE object_id = $1", Tuple.of(id))).isEqualTo(2);
    }
}
