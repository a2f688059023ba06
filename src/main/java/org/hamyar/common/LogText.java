package org.hamyar.common;

/** Text from a request, fit for one log line: control characters escaped, so that no request can forge a line. */
public final class LogText {

    private static final int MAX = 300;

    private LogText() {
    }

    public static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > MAX ? out.append('…').toString() : out.toString();
    }
}
