package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.util.List;

import org.hamyar.support.NationalIds;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class AnswerHeadersTest {

    @Test
    void everyAnswerForbidsSniffingAndFramingAndKeepsTheReferrerHome() {
        for (ExtractableResponse<Response> answer : List.of(api().get("/api/v1/provinces").then().extract(),
                badRequest().get("/api/v1/centres/not-an-id").then().extract(),
                badRequest().get("/api/v1/needs?size=0").then().extract(),
                api().get("/.well-known/jwks.json").then().extract())) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.headers().getValues("X-Content-Type-Options")).hasSize(1);
        }
    }

    @Test
    void answersWithAVolunteersPersonalDataAreNeverCached() {
        String id = api().body(SignupBodies.valid(NationalIds.fresh())).post("/api/v1/volunteers").then()
                .statusCode(201).extract().path("id");
        String token = Tokens.volunteer(id);
        for (String path : List.of("/api/v1/me", "/api/v1/me/export", "/api/v1/me/access-log", "/api/v1/me/matches")) {
            var answer = bearer(token).get(path).then().statusCode(200).extract();
            assertThat(answer.headers().getValues("Cache-Control")).as(path).containsExactly("no-store");
        }
        var staffRead = bearer(Tokens.staff()).header("X-Access-Reason", "follow-up").get("/api/v1/volunteers/" + id)
                .then().statusCode(200).extract();
        assertThat(staffRead.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api().get("/api/v1/provinces").then().extract().header("Cache-Control")).isNotEqualTo("no-store");
    }
}
