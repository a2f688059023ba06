package org.hamyar.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests checked against openapi/openapi.yaml, so the code cannot drift from the contract.
 * {@link #api()} validates request and response; {@link #badRequest()} only the response, for tests that send
 * input the contract forbids on purpose.
 */
public final class Contract {

    private static final String SPEC = read(Path.of("openapi/openapi.yaml"));
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build());
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    public static RequestSpecification api() {
        return given().filter(STRICT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A strict request carrying a bearer token (set as a header, so the contract's security check sees it). */
    public static RequestSpecification bearer(String token) {
        return api().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification badRequest() {
        return given().filter(RESPONSES_ONLY).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
