package org.hamyar.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The keys the service signs its tokens with. Rotation: add a new key, make it {@code active-kid}, and keep the old
 * one (its public key is enough) until the last token it signed has expired; both stay in the JWKS meanwhile.
 */
@ConfigMapping(prefix = "hamyar.auth")
public interface SigningConfig {

    @WithDefault("https://hamyar.ir")
    String issuer();

    @WithDefault("hamyar-api")
    String audience();

    /** Signs new tokens; must have a private key. */
    Optional<String> activeKid();

    /** By kid. */
    Map<String, KeyConfig> keys();

    /** Demo and dev only: a key pair made at start-up, so tokens die with the process. */
    @WithDefault("false")
    boolean ephemeralKey();

    /**
     * Another issuer's JWKS (an OpenID provider): when set, tokens are verified against it instead of this service's
     * own keys.
     */
    Optional<String> externalJwksLocation();

    @WithDefault("12h")
    Duration volunteerTokenTtl();

    @WithDefault("1h")
    Duration staffTokenTtl();

    @WithDefault("1h")
    Duration partnerTokenTtl();

    interface KeyConfig {

        String publicKeyLocation();

        Optional<String> privateKeyLocation();
    }
}
