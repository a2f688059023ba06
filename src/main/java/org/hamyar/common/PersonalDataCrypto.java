package org.hamyar.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/**
 * Look-up HMACs and encrypted copies of personal identifiers. A national ID has only about 10^9 valid values, so an
 * unkeyed hash would be reversed by brute force; the HMAC key makes that impossible without the key.
 */
@Startup
@Singleton
public class PersonalDataCrypto {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec hmacKey;
    private final SecretKeySpec aesKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Mac> macs;

    PersonalDataCrypto(CryptoConfig config) {
        this.hmacKey = new SecretKeySpec(decode("hamyar.crypto.hmac-key", config.hmacKey()), "HmacSHA256");
        this.aesKey = new SecretKeySpec(decode("hamyar.crypto.encryption-key", config.encryptionKey()), "AES");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public byte[] hmac(String value) {
        return macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    /** IV followed by ciphertext and tag. */
    public byte[] encrypt(String value) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored value cannot be decrypted with the configured key", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] decode(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " must be base64 of " + KEY_BYTES + " random bytes");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(name + " must be base64 of " + KEY_BYTES + " random bytes, got "
                    + key.length);
        }
        return key;
    }
}
