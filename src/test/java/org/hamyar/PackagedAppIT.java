package org.hamyar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamyar.support.Contract.api;

import org.hamyar.support.NationalIds;
import org.hamyar.support.SignupBodies;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged jar, as the demo run starts it: migrations, reference data, sign-up, contract and front page. */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void thePackagedServiceSignsVolunteersUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        api().get("/api/v1/provinces").then().statusCode(200);
        api().body(SignupBodies.valid(NationalIds.fresh())).post("/api/v1/volunteers").then().statusCode(201);
        given().get("/q/openapi").then().statusCode(200).body(containsString("Hamyar API"));
        given().get("/").then().statusCode(200).body(containsString("همیار"));
    }
}
