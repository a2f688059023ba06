package org.hamyar.common;

import java.util.List;

/** Parses optional numeric query parameters, collecting named violations instead of failing on the first. */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String raw, int min, int max, List<FieldViolation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(PersianText.asciiDigits(raw.trim()));
            if (value < min || value > max) {
                violations.add(new FieldViolation(name, "range"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(name, "type"));
            return null;
        }
    }

    /** An optional numeric id from the query; 400 naming {@code name} if it is not one. */
    public static Long id(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "invalid");
        }
    }
}
