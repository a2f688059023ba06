package org.hamyar.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The operational surface: the published contract, Swagger UI, health, and problems for unknown routes. */
@QuarkusTest
class ServiceTest {

    @Test
    void servesThePublishedContractItself() throws Exception {
        String published = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String source = Files.readString(Path.of("openapi/openapi.yaml"));
        assertThat(published).contains("Hamyar API").contains("/api/v1/volunteers/{id}");
        assertThat(source).contains("/api/v1/volunteers/{id}");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void unknownApiRoutesAreProblems() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }
}
