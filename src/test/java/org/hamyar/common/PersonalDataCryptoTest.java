package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCryptoTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private static PersonalDataCrypto crypto(String hmacKey, String aesKey) {
        return new PersonalDataCrypto(new CryptoConfig() {
            @Override
            public String hmacKey() {
                return hmacKey;
            }

            @Override
            public String encryptionKey() {
                return aesKey;
            }
        });
    }

    @Test
    void hmacsAreStableAndDependOnTheKey() {
        assertThat(crypto(KEY_A, KEY_A).hmac("0084575948")).isEqualTo(crypto(KEY_A, KEY_B).hmac("0084575948"));
        assertThat(crypto(KEY_A, KEY_A).hmac("0084575948")).isNotEqualTo(crypto(KEY_B, KEY_A).hmac("0084575948"));
    }

    @Test
    void encryptionRoundTripsWithAFreshIvEachTime() {
        PersonalDataCrypto crypto = crypto(KEY_A, KEY_B);
        byte[] first = crypto.encrypt("+989123456789");
        assertThat(first).isNotEqualTo(crypto.encrypt("+989123456789"));
        assertThat(crypto.decrypt(first)).isEqualTo("+989123456789");
        assertThatThrownBy(() -> crypto(KEY_A, KEY_A).decrypt(first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shortOrMalformedKeysStopTheService() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> crypto(short16, KEY_A)).hasMessageContaining("hamyar.crypto.hmac-key");
        assertThatThrownBy(() -> crypto(KEY_A, "not base64!")).hasMessageContaining("hamyar.crypto.encryption-key");
    }
}
