package org.hamyar.volunteer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.hamyar.support.NationalIds;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Who may read {@code GET /api/v1/volunteers/{id}}: the volunteer and staff, nobody else. */
@QuarkusTest
class VolunteerAccessTest {

    private String id;

    @BeforeEach
    void signUp() {
        id = api().body(SignupBodies.valid(NationalIds.fresh())).post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
    }

    private String path() {
        return "/api/v1/volunteers/" + id;
    }

    @Test
    void theVolunteerReadsTheirOwnRecord() {
        bearer(Tokens.volunteer(id)).get(path()).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void staffReadTheRecordMasked() {
        bearer(Tokens.staff()).header("X-Access-Reason", "review").get(path()).then().statusCode(200)
                .body("nationalIdMasked", containsString("*******"));
    }

    @Test
    void withoutATokenIs401() {
        badRequest().get(path()).then().statusCode(401)
                .contentType(containsString("application/problem+json"))
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void anotherCitizenGets404AsForAnUnknownId() {
        bearer(Tokens.volunteer(UUID.randomUUID().toString())).get(path())
                .then().statusCode(404).body("type", endsWith("/not-found"));
        String unknown = UUID.randomUUID().toString();
        bearer(Tokens.volunteer(unknown)).get("/api/v1/volunteers/" + unknown)
                .then().statusCode(404);
    }

    @Test
    void aTokenWithoutACitizenOrStaffRoleIs403() {
        bearer(Tokens.withGroups("partner-app", "partner")).get(path())
                .then().statusCode(403).body("type", endsWith("/forbidden"));
    }

    @Test
    void badTokensAre401() {
        String expired = Tokens.claims(id, "volunteer").issuedAt(1_600_000_000L).expiresAt(1_600_000_300L)
                .jws().keyId(Tokens.KID).sign(Tokens.KEY);
        String wrongIssuer = Jwt.issuer("https://evil.example").audience(Tokens.AUDIENCE).subject(id)
                .groups("volunteer").expiresIn(300).jws().keyId(Tokens.KID).sign(Tokens.KEY);
        String wrongAudience = Jwt.issuer(Tokens.ISSUER).audience("another-api").subject(id)
                .groups("volunteer").expiresIn(300).jws().keyId(Tokens.KID).sign(Tokens.KEY);
        String valid = Tokens.volunteer(id);
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"volunteer\"", "\"staff\"").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";

        String unknownKey = Tokens.claims(id, "volunteer").jws().keyId(Tokens.KID).sign(newKey());
        for (String token : new String[] { expired, wrongIssuer, wrongAudience, tampered, unsigned, unknownKey,
                "garbage" }) {
            bearer(token).get(path()).then().statusCode(401)
                    .contentType(containsString("application/problem+json"));
        }
    }

    private static java.security.PrivateKey newKey() {
        try {
            return io.smallrye.jwt.util.KeyUtils.generateKeyPair(2048).getPrivate();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
