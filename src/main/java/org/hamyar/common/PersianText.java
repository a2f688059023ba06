package org.hamyar.common;

/**
 * Folds the many ways Persian text arrives (Arabic keyboards, Arabic-Indic digits, optional zero-width
 * non-joiners) into one form.
 */
public final class PersianText {

    private static final char ZWNJ = '\u200C';
    private static final char TATWEEL = '\u0640';

    private PersianText() {
    }

    /** Persian (U+06F0–06F9) and Arabic-Indic (U+0660–0669) digits become ASCII digits. */
    public static String asciiDigits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(asciiDigit(s.charAt(i)));
        }
        return out.toString();
    }

    /**
     * For names and free text that is stored: Arabic ي/ى/ك become Persian ی/ک, digits become ASCII,
     * runs of white space collapse, ends are trimmed. The zero-width non-joiner is kept: it is part of the spelling.
     */
    public static String normaliseName(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = persianLetter(asciiDigit(s.charAt(i)));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The search form: as {@link #normaliseName} plus lower case, with ZWNJ, tatweel and spaces removed, since
     * writers use a space, a ZWNJ or nothing between the parts of one name. The neighbourhood.search_key column
     * folds stored names the same way (V1__schema.sql).
     */
    public static String searchKey(String s) {
        if (s == null) {
            return null;
        }
        String name = normaliseName(s);
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ZWNJ && c != TATWEEL && c != ' ') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static char asciiDigit(char c) {
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        return c;
    }

    private static char persianLetter(char c) {
        switch (c) {
            case '\u064A': // Arabic yeh
            case '\u0649': // Arabic alef maksura
                return '\u06CC';
            case '\u0643': // Arabic kaf
                return '\u06A9';
            default:
                return c;
        }
    }
}
