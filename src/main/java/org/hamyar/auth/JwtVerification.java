package org.hamyar.auth;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;

/**
 * What a token must satisfy: this service's issuer and audience, RS256 only, signed by one of the keys in its own
 * JWK set (chosen by {@code kid}), or by an external OpenID provider's keys when one is configured.
 */
@ApplicationScoped
public class JwtVerification {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(SigningConfig config, SigningKeys keys) {
        JWTAuthContextInfo info = config.externalJwksLocation()
                .map(location -> JWTAuthContextInfoProvider.createWithKeyLocation(location, config.issuer()))
                .orElseGet(() -> JWTAuthContextInfoProvider.createWithKey(keys.jwks(), config.issuer()))
                .getContextInfo();
        info.setExpectedAudience(Set.of(config.audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        return info;
    }
}
