package org.hamyar.support;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints tokens with the test-only key {@code test-1} under src/test/resources/jwt. The service signs with
 * {@code test-2}; test-1 plays a retired key whose tokens must still be accepted until they expire.
 */
public final class Tokens {

    public static final String ISSUER = "https://hamyar.ir";
    public static final String AUDIENCE = "hamyar-api";
    public static final String KEY = "jwt/privateKey.pem";
    public static final String KID = "test-1";

    private Tokens() {
    }

    public static String volunteer(String volunteerId) {
        return sign(claims(volunteerId, "volunteer"));
    }

    /** Staff of organisation 1 acting in the whole of Tehran province (28). */
    public static String staff() {
        return staff(1, "province:28");
    }

    public static String staff(long organisationId, String region) {
        return sign(claims("staff-" + UUID.randomUUID(), "staff").claim("org", organisationId).claim("region", region)
                .claim("name", "کارشناس آزمون"));
    }

    /** The national administrator: no organisation and no region. */
    public static String admin() {
        return sign(claims("admin-" + UUID.randomUUID(), "admin").claim("name", "مدیر آزمون"));
    }

    public static String partner(long organisationId, String region, String... scopes) {
        Set<String> groups = new LinkedHashSet<>(List.of(scopes));
        groups.add("partner");
        return sign(claims("client-" + UUID.randomUUID(), groups.toArray(String[]::new))
                .claim("org", organisationId).claim("region", region).claim("name", "Partner app")
                .claim("scope", String.join(" ", scopes)));
    }

    /** A partner token for a client that exists in the database (its id is the subject, as the service issues it). */
    public static String partnerClient(String clientId, long organisationId, String region) {
        return sign(claims(clientId, "partner").claim("org", organisationId).claim("region", region)
                .claim("name", "Partner app").claim("scope", ""));
    }

    public static String withGroups(String subject, String... groups) {
        return sign(claims(subject, groups));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(KID).sign(KEY);
    }

    public static JwtClaimsBuilder claims(String subject, String... groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(groups))
                .issuedAt(Instant.now()).expiresIn(300).claim("jti", UUID.randomUUID().toString());
    }
}
