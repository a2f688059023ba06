package org.hamyar.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Unkeyed digests, for values that are random (client secrets) or not personal (request fingerprints). */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
