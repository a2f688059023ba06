package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersianTextTest {

    @Test
    void digitsOfEveryScriptBecomeAscii() {
        assertThat(PersianText.asciiDigits("۰۹۱۲ ٠٩١٢ 0912")).isEqualTo("0912 0912 0912");
    }

    @Test
    void namesGetPersianLettersAndKeepTheNonJoiner() {
        assertThat(PersianText.normaliseName("  علي   كاظمي ")).isEqualTo("علی کاظمی");
        assertThat(PersianText.normaliseName("نازی\u200Cآباد")).isEqualTo("نازی\u200Cآباد");
    }

    @Test
    void searchKeysIgnoreNonJoinersSpacesAndCase() {
        String stored = PersianText.searchKey("نازی\u200Cآباد");
        assertThat(PersianText.searchKey("نازي آباد")).isEqualTo(stored);
        assertThat(PersianText.searchKey("نازیآباد")).isEqualTo(stored);
        assertThat(PersianText.searchKey("Nazi Abad")).isEqualTo("naziabad");
        assertThat(PersianText.searchKey("منطقه ۱۶")).isEqualTo("منطقه16");
    }
}
