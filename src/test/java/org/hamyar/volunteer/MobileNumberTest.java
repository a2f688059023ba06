package org.hamyar.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hamyar.common.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "09123456789", "+989123456789", "00989123456789", "989123456789", "۰۹۱۲۳۴۵۶۷۸۹",
            "٠٩١٢٣٤٥٦٧٨٩", "0912 345 6789" })
    void everyLocalAndInternationalFormBecomesE164(String raw) {
        MobileNumber mobile = MobileNumber.parse(raw);
        assertThat(mobile.e164()).isEqualTo("+989123456789");
        assertThat(mobile.masked()).isEqualTo("+989*****6789");
    }

    @ParameterizedTest
    @ValueSource(strings = { "02112345678", "+447700900123", "0912345", "hello", "091234567890" })
    void landlinesForeignAndMalformedNumbersAreRefused(String raw) {
        assertThatThrownBy(() -> MobileNumber.parse(raw)).isInstanceOf(InvalidValueException.class);
    }
}
