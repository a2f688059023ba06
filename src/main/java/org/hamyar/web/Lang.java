package org.hamyar.web;

import java.util.Locale;

/** The two languages of the pages: Persian, right to left, by default; English on request. */
public enum Lang {
    FA("fa", "rtl"),
    EN("en", "ltr");

    private final String code;
    private final String dir;

    Lang(String code, String dir) {
        this.code = code;
        this.dir = dir;
    }

    public String code() {
        return code;
    }

    public String dir() {
        return dir;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public boolean persian() {
        return this == FA;
    }

    public Lang other() {
        return this == FA ? EN : FA;
    }

    /** Null for anything but {@code fa} and {@code en}. */
    public static Lang parse(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "fa" -> FA;
            case "en" -> EN;
            default -> null;
        };
    }
}
