package org.hamyar.common;

import io.smallrye.config.ConfigMapping;

/**
 * Keys for personal data, base64 of 32 random bytes each. No defaults outside dev and test: production refuses to
 * start without them.
 */
@ConfigMapping(prefix = "hamyar.crypto")
public interface CryptoConfig {

    /** Keys the HMAC that indexes national IDs and mobiles; changing it orphans every stored look-up value. */
    String hmacKey();

    /** AES-256-GCM key for the encrypted copies. */
    String encryptionKey();
}
