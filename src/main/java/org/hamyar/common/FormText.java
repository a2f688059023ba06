package org.hamyar.common;

/** Posted form values: storable text, and no U+FFFD, which is what the form decoder makes of bytes that are not UTF-8. */
public final class FormText {

    private FormText() {
    }

    public static boolean clean(String value) {
        return value == null || (StrictText.storable(value) && value.indexOf('\uFFFD') < 0);
    }
}
