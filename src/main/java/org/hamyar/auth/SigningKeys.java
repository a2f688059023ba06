package org.hamyar.auth;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;

/** The configured signing keys, loaded once; the service refuses to start without a usable active key. */
@Startup
@Singleton
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final String activeKid;
    private final PrivateKey activeKey;
    private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();

    SigningKeys(SigningConfig config) {
        if (config.ephemeralKey()) {
            KeyPair pair = generate();
            activeKid = "ephemeral-" + UUID.randomUUID().toString().substring(0, 8);
            activeKey = pair.getPrivate();
            publicKeys.put(activeKid, pair.getPublic());
            LOG.warnf("Signing tokens with ephemeral key %s: tokens end with this process (demo/dev only)", activeKid);
            return;
        }
        activeKid = config.activeKid().orElseThrow(() -> new IllegalStateException(
                "hamyar.auth.active-kid is not set: configure hamyar.auth.keys.<kid>.* (see README)"));
        config.keys().forEach((kid, key) -> publicKeys.put(kid, readPublic(kid, key.publicKeyLocation())));
        SigningConfig.KeyConfig active = config.keys().get(activeKid);
        if (active == null || active.privateKeyLocation().isEmpty()) {
            throw new IllegalStateException("The active signing key " + activeKid + " has no private-key-location");
        }
        activeKey = readPrivate(activeKid, active.privateKeyLocation().get());
    }

    public String activeKid() {
        return activeKid;
    }

    PrivateKey activeKey() {
        return activeKey;
    }

    /** The public half of every key, active or retiring, as a JWK set. */
    public String jwks() {
        try {
            JsonWebKeySet set = new JsonWebKeySet();
            for (Map.Entry<String, PublicKey> e : publicKeys.entrySet()) {
                RsaJsonWebKey jwk = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(e.getValue());
                jwk.setKeyId(e.getKey());
                jwk.setUse("sig");
                jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
                set.addJsonWebKey(jwk);
            }
            return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot write the JWK set", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyUtils.generateKeyPair(2048);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey readPublic(String kid, String location) {
        try {
            return KeyUtils.decodePublicKey(PemFiles.read(location));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the public key of " + kid + " from " + location, e);
        }
    }

    private static PrivateKey readPrivate(String kid, String location) {
        try {
            return KeyUtils.decodePrivateKey(PemFiles.read(location));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the private key of " + kid + " from " + location, e);
        }
    }
}
