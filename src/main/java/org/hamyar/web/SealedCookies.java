package org.hamyar.web;

import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Json;
import org.hamyar.common.PersonalDataCrypto;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values a page keeps between requests without storing them anywhere: sealed with the service's AES-GCM key into a
 * cookie, so the browser can neither read nor alter them, and any instance behind a load balancer can open them.
 * A sign-up in progress lives here until its last step, so nothing is stored before it succeeds.
 */
@ApplicationScoped
public class SealedCookies {

    private final PersonalDataCrypto crypto;
    private final ObjectMapper json;

    SealedCookies(PersonalDataCrypto crypto, ObjectMapper json) {
        this.crypto = crypto;
        this.json = json;
    }

    /** {@code purpose} is sealed with the value, so a value sealed for one cookie opens in no other. */
    public String seal(String purpose, Object value) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(crypto.encrypt(purpose + "\n" + Json.write(json, value)));
    }

    /** Empty for a missing, altered, expired-key or foreign value: the visitor starts again. */
    public <T> Optional<T> open(String purpose, String sealed, Class<T> type) {
        if (sealed == null || sealed.isBlank()) {
            return Optional.empty();
        }
        try {
            String plain = crypto.decrypt(Base64.getUrlDecoder().decode(sealed));
            if (!plain.startsWith(purpose + "\n")) {
                return Optional.empty();
            }
            return Optional.of(Json.read(json, plain.substring(purpose.length() + 1), type));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
