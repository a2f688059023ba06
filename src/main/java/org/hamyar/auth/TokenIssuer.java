package org.hamyar.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.security.Claims;
import org.hamyar.security.Region;
import org.hamyar.security.Roles;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Signs the service's access tokens with the active key, naming it in the {@code kid} header. */
@ApplicationScoped
public class TokenIssuer {

    private final SigningConfig config;
    private final SigningKeys keys;

    TokenIssuer(SigningConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    public TokenResponse volunteer(UUID volunteerId) {
        return sign(base(volunteerId.toString(), Set.of(Roles.VOLUNTEER)), config.volunteerTokenTtl(), null);
    }

    public TokenResponse staff(UUID staffId, String displayName, long organisationId, Region region) {
        JwtClaimsBuilder claims = base(staffId.toString(), Set.of(Roles.STAFF))
                .claim(Claims.NAME, displayName)
                .claim(Claims.ORGANISATION, organisationId)
                .claim(Claims.REGION, region.claim());
        return sign(claims, config.staffTokenTtl(), null);
    }

    /** The national administrator: no organisation and no region, so no staff or partner endpoint admits it. */
    public TokenResponse admin(UUID adminId, String displayName) {
        return sign(base(adminId.toString(), Set.of(Roles.ADMIN)).claim(Claims.NAME, displayName),
                config.staffTokenTtl(), null);
    }

    public TokenResponse partner(String clientId, String name, long organisationId, Region region,
            Set<String> scopes) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Roles.PARTNER);
        groups.addAll(scopes);
        String scope = String.join(" ", scopes);
        JwtClaimsBuilder claims = base(clientId, groups)
                .claim(Claims.NAME, name)
                .claim(Claims.ORGANISATION, organisationId)
                .claim(Claims.REGION, region.claim())
                .claim(Claims.SCOPE, scope);
        return sign(claims, config.partnerTokenTtl(), scope);
    }

    private JwtClaimsBuilder base(String subject, Set<String> groups) {
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(subject).groups(groups)
                .issuedAt(Instant.now()).claim("jti", UUID.randomUUID().toString());
    }

    private TokenResponse sign(JwtClaimsBuilder claims, Duration ttl, String scope) {
        String token = claims.expiresIn(ttl).jws().keyId(keys.activeKid()).algorithm(SignatureAlgorithm.RS256)
                .sign(keys.activeKey());
        return new TokenResponse(token, "Bearer", ttl.toSeconds(), scope);
    }
}
