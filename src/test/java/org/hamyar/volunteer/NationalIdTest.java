package org.hamyar.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hamyar.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdTest {

    @Test
    void theDomainExampleIsValidInAnyDigitsAndPadding() {
        assertThat(NationalId.parse("0084575948").value()).isEqualTo("0084575948");
        assertThat(NationalId.parse("۰۰۸۴۵۷۵۹۴۸").value()).isEqualTo("0084575948");
        assertThat(NationalId.parse("٠٠٨٤٥٧٥٩٤٨").value()).isEqualTo("0084575948");
        assertThat(NationalId.parse("84575948").value()).isEqualTo("0084575948");
        assertThat(NationalId.parse("008-457594-8").value()).isEqualTo("0084575948");
    }

    @Test
    void remaindersBelowTwoAreTheirOwnCheckDigit() {
        assertThat(NationalId.checksumHolds("0000000019")).isTrue(); // s = 2, r = 2: check 11 - 2
        assertThat(NationalId.checksumHolds("1000000001")).isTrue(); // s = 10, r = 10: check 1
        assertThat(NationalId.checksumHolds("0000000140")).isTrue(); // s = 11, r = 0: check 0
        assertThat(NationalId.checksumHolds("0000000061")).isTrue(); // s = 12, r = 1: check 1
        assertThat(NationalId.checksumHolds("0000000060")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "0084575949, checksum",
            "1111111111, same-digits",
            "0000000000, same-digits",
            "1234567, length",
            "12345678901, length",
            "00845759a8, invalid",
            "'', required"
    })
    void rejected(String raw, String code) {
        assertThatThrownBy(() -> NationalId.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(code);
    }

    @Test
    void maskedShowsOnlyTheLastThreeDigits() {
        assertThat(NationalId.parse("0084575948").masked()).isEqualTo("*******948");
        assertThat(NationalId.parse("0084575948").toString()).doesNotContain("00845");
    }
}
