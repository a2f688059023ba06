package org.hamyar.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.util.Map;

import jakarta.inject.Inject;

import org.hamyar.support.CentreBodies;
import org.hamyar.support.Database;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

/** Centres: managed by their organisation inside its region, searched by anyone, nearest first. */
@QuarkusTest
class CentreTest {

    /** A neighbourhood of Mashhad (36.2920, 59.6250), used by no other test. */
    private static final int TOLLAB = 240101;

    @Inject
    Organisations organisations;
    @Inject
    Database database;

    private String create(String token, Map<String, Object> body) {
        return bearer(token).body(body).post("/api/v1/centres").then().statusCode(201).extract().path("id");
    }

    @Test
    void staffCreateACentreInTheirRegionAndAnyoneFindsItNearestFirst() {
        long org = organisations.organisation("WELFARE_OFFICE");
        String staff = Tokens.staff(org, "province:24");
        // Two centres 0.5 and ~3 km from a point in Mashhad's Tollab, where no other test puts anything.
        String near = create(staff, CentreBodies.valid(TOLLAB, 36.2920, 59.6250));
        String far = create(staff, CentreBodies.valid(TOLLAB, 36.3220, 59.6250));

        api().queryParam("near", "36.2875,59.625").queryParam("radiusKm", "5").get("/api/v1/centres")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", contains(near, far))
                .body("items[0].distanceKm", lessThan(1.0f))
                .body("items[0].organisation.id", equalTo((int) org))
                .body("items[0].contact.phone", equalTo("+982155001234"));
        api().queryParam("near", "۳۶٫۲۸۷۵,59.625").queryParam("radiusKm", "1").get("/api/v1/centres")
                .then().statusCode(200).body("items.id", contains(near));
        api().get("/api/v1/centres/" + near).then().statusCode(200).body("distanceKm", nullValue());
        assertThat(database.count("SELECT count(*) FROM audit_entry WHERE action = 'centre.create' AND object_id = $1",
                Tuple.of(near))).isOne();
    }

    @Test
    void searchFiltersByNeighbourhoodAndType() {
        long org = organisations.organisation("NGO");
        Map<String, Object> body = CentreBodies.valid(Organisations.MINUDAR, 36.27, 50.0);
        body.put("type", "SHELTER");
        String id = create(Tokens.staff(org, Organisations.QAZVIN_PROVINCE), body);
        api().queryParam("neighbourhood", Organisations.MINUDAR).queryParam("type", "shelter")
                .get("/api/v1/centres").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.type", everyItem(equalTo("SHELTER")));
        badRequest().queryParam("near", "north").queryParam("type", "CASTLE").queryParam("radiusKm", "0")
                .get("/api/v1/centres").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("near", "type", "radiusKm"));
    }

    @Test
    void whoMayCreateACentre() {
        long org = organisations.organisation("WELFARE_OFFICE");
        Map<String, Object> body = CentreBodies.valid(Organisations.KHAZANEH, 35.63, 51.40);
        badRequest().body(body).post("/api/v1/centres").then().statusCode(401);
        bearer(Tokens.volunteer(java.util.UUID.randomUUID().toString())).body(body).post("/api/v1/centres")
                .then().statusCode(403);
        bearer(Tokens.staff(org, Organisations.QAZVIN_PROVINCE)).body(body).post("/api/v1/centres")
                .then().statusCode(403).body("type", endsWith("/forbidden"));
        bearer(Tokens.partner(org, Organisations.TEHRAN_PROVINCE, "needs:write")).body(body).post("/api/v1/centres")
                .then().statusCode(403);
        create(Tokens.partner(org, Organisations.TEHRAN_PROVINCE, "centres:write"), body);
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        long org = organisations.organisation("WELFARE_OFFICE");
        Map<String, Object> body = CentreBodies.valid(Organisations.KHAZANEH, 51.40, 35.63);
        body.put("type", "CASTLE");
        body.remove("nameFa");
        body.put("capacity", -1);
        body.put("contact", Map.of("phone", "12", "email", "not-an-email"));
        badRequest().header("Authorization", "Bearer " + Tokens.staff(org, Organisations.TEHRAN_PROVINCE))
                .body(body).post("/api/v1/centres").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "nameFa", "lat", "lon", "capacity",
                        "contact.phone", "contact.email"));
        assertThat(database.count("SELECT count(*) FROM centre WHERE organisation_id = $1", Tuple.of(org))).isZero();
    }

    @Test
    void theOwnerChangesACentreOthersMayNot() {
        long org = organisations.organisation("WELFARE_OFFICE");
        String staff = Tokens.staff(org, "county:2801");
        String id = create(staff, CentreBodies.valid(Organisations.KHAZANEH, 35.63, 51.40));

        bearer(staff).body(Map.of("capacity", 80, "nameEn", "Khazaneh centre")).patch("/api/v1/centres/" + id)
                .then().statusCode(200).body("capacity", equalTo(80)).body("nameEn", equalTo("Khazaneh centre"))
                .body("nameFa", equalTo("مرکز تسهیلگری محله"));
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("organisation", Map.of("id", 1)))
                .patch("/api/v1/centres/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("organisation")).body("errors[0].code", equalTo("read-only"));
        // Moving it out of the staff member's county is refused like acting there.
        bearer(staff).body(Map.of("neighbourhoodId", Organisations.SARI)).patch("/api/v1/centres/" + id)
                .then().statusCode(403);
        long other = organisations.organisation("WELFARE_OFFICE");
        bearer(Tokens.staff(other, "county:2801")).body(Map.of("capacity", 1)).patch("/api/v1/centres/" + id)
                .then().statusCode(403);
        bearer(Tokens.staff(org, Organisations.QAZVIN_PROVINCE)).body(Map.of("capacity", 1))
                .patch("/api/v1/centres/" + id).then().statusCode(403);
        api().get("/api/v1/centres/" + id).then().body("capacity", equalTo(80));
    }

    @Test
    void aCentreMustBeWhereItsNeighbourhoodIs() {
        long org = organisations.organisation("WELFARE_OFFICE");
        String staff = Tokens.staff(org, "county:2001");
        // A Sari centre given Tehran's coordinates (~200 km away).
        badRequest().header("Authorization", "Bearer " + staff)
                .body(CentreBodies.valid(Organisations.SARI, 35.6380, 51.3990)).post("/api/v1/centres")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("lat", "lon"))
                .body("errors.code", everyItem(equalTo("far-from-neighbourhood")));
        // 16.7 km north of Sabzeh Meydan: just past the 15 km allowed.
        badRequest().header("Authorization", "Bearer " + staff)
                .body(CentreBodies.valid(Organisations.SARI, 36.7160, 53.0590)).post("/api/v1/centres")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("lat", "lon"));
        assertThat(database.count("SELECT count(*) FROM centre WHERE organisation_id = $1", Tuple.of(org))).isZero();

        // At the neighbourhood, and 10 km from it, are fine.
        String id = create(staff, CentreBodies.valid(Organisations.SARI, 36.5660, 53.0590));
        create(staff, CentreBodies.valid(Organisations.SARI, 36.6560, 53.0590));
        // Moving a centre's point away from its neighbourhood is refused the same way, and changes nothing.
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("lat", 35.6380, "lon", 51.3990))
                .patch("/api/v1/centres/" + id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("lat", "lon"));
        api().get("/api/v1/centres/" + id).then().body("lat", equalTo(36.566f));
    }
}
