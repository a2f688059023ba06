package org.hamyar.support;

import java.util.concurrent.ThreadLocalRandom;

import org.hamyar.volunteer.NationalId;

/** Fresh valid national IDs, so tests sharing one database never collide. */
public final class NationalIds {

    private NationalIds() {
    }

    public static String fresh() {
        while (true) {
            String body = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            String id = body + NationalId.checkDigit(body);
            if (id.chars().distinct().count() > 1) {
                return id;
            }
        }
    }

    /** The same digits written with Persian numerals. */
    public static String persian(String asciiDigits) {
        StringBuilder out = new StringBuilder();
        for (char c : asciiDigits.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return out.toString();
    }
}
