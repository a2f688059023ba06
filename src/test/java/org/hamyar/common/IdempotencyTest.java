package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
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
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One Idempotency-Key mechanism for every create (sign-ups and needs have their own tests): the first answer
 * replayed whole, 422 for another body, keys scoped to the caller, and no key kept for a create that failed.
 */
@QuarkusTest
class IdempotencyTest {

    @Inject
    Organisations organisations;
    @Inject
    Database database;

    @Test
    void aCentreCreatedTwiceWithOneKeyIsOneCentreAndTheSameAnswer() {
        long org = organisations.organisation("NGO");
        String staff = Tokens.staff(org, "county:2801");
        Map<String, Object> body = CentreBodies.valid(Organisations.KHAZANEH, 35.6226, 51.3884);
        String key = UUID.randomUUID().toString();
        Response first = bearer(staff).header("Idempotency-Key", key).body(body).post("/api/v1/centres");
        Response again = bearer(staff).header("Idempotency-Key", key).body(body).post("/api/v1/centres");
        first.then().statusCode(201);
        again.then().statusCode(201).header("Location", equalTo(first.header("Location")));
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(database.count("SELECT count(*) FROM centre WHERE organisation_id = $1", Tuple.of(org))).isOne();

        body.put("capacity", 41);
        badRequest().header("Authorization", "Bearer " + staff).header("Idempotency-Key", key).body(body)
                .post("/api/v1/centres").then().statusCode(422).contentType("application/problem+json");
        assertThat(database.count("SELECT count(*) FROM centre WHERE organisation_id = $1", Tuple.of(org))).isOne();
    }

    @Test
    void keysAreScopedToTheCaller() {
        long org = organisations.organisation("NGO");
        Map<String, Object> body = CentreBodies.valid(Organisations.KHAZANEH, 35.6226, 51.3884);
        String key = UUID.randomUUID().toString();
        String one = bearer(Tokens.staff(org, "county:2801")).header("Idempotency-Key", key).body(body)
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        String other = bearer(Tokens.staff(org, "county:2801")).header("Idempotency-Key", key).body(body)
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void aRefusedCreateKeepsNoKeySoTheRetryCanSucceed() {
        long org = organisations.organisation("NGO");
        String staff = Tokens.staff(org, "county:2801");
        String key = UUID.randomUUID().toString();
        Map<String, Object> outside = CentreBodies.valid(Organisations.SARI, 36.5659, 53.0586);
        badRequest().header("Authorization", "Bearer " + staff).header("Idempotency-Key", key).body(outside)
                .post("/api/v1/centres").then().statusCode(403);
        assertThat(database.count("SELECT count(*) FROM idempotency_key WHERE key = $1", Tuple.of(key))).isZero();
        bearer(staff).header("Idempotency-Key", key).body(CentreBodies.valid(Organisations.KHAZANEH, 35.6226, 51.3884))
                .post("/api/v1/centres").then().statusCode(201);
        assertThat(database.count("SELECT count(*) FROM idempotency_key WHERE key = $1", Tuple.of(key))).isOne();
    }

    @Test
    void aManualProposalRetriedWithItsKeyIsOneMatch() {
        long org = organisations.organisation("WELFARE_OFFICE");
        String staff = Tokens.staff(org, "county:2801");
        String centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        Map<String, Object> need = CentreBodies.need(centre, "ELDERLY");
        need.put("skills", List.of(Map.of("code", "fundraising", "minLevel", 1)));
        String needId = bearer(staff).body(need).post("/api/v1/needs").then().statusCode(201).extract().path("id");
        String volunteer = Volunteers.signUp(Organisations.KHAZANEH, "donor-relations", 3, 10);
        Map<String, Object> body = Map.of("needId", needId, "volunteerId", volunteer, "reason", "همسایهٔ مرکز");
        String key = UUID.randomUUID().toString();
        Response first = bearer(staff).header("Idempotency-Key", key).body(body).post("/api/v1/matches");
        Response again = bearer(staff).header("Idempotency-Key", key).body(body).post("/api/v1/matches");
        first.then().statusCode(201);
        again.then().statusCode(201).header("Location", equalTo(first.header("Location")));
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(database.count("SELECT count(*) FROM match WHERE need_id = $1",
                Tuple.of(UUID.fromString(needId)))).isOne();
    }
}
