package org.hamyar.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Mints tokens with the test-only key under src/test/resources/jwt. */
public final class Tokens {

    public static final String ISSUER = "https://hamyar.ir";
    public static final String AUDIENCE = "hamyar-api";
    private static final String KEY = "jwt/privateKey.pem";

    private Tokens() {
    }

    public static String volunteer(String volunteerId) {
        return claims(volunteerId, "volunteer").sign(KEY);
    }

    public static String staff() {
        return claims("staff-" + UUID.randomUUID(), "staff").sign(KEY);
    }

    public static String withGroups(String subject, String... groups) {
        return claims(subject, groups).sign(KEY);
    }

    public static JwtClaimsBuilder claims(String subject, String... groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(groups))
                .issuedAt(Instant.now()).expiresIn(300).claim("jti", UUID.randomUUID().toString());
    }
}
