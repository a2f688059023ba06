package org.hamyar.common;

import java.util.ArrayList;
import java.util.List;

/** Validated paging parameters from {@code ?page=&size=}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Raw strings, so that {@code ?page=abc} is a named 400 rather than JAX-RS's 404 for unconvertible params. */
    public static PageRequest of(String page, String size) {
        List<FieldViolation> violations = new ArrayList<>();
        PageRequest request = of(page, size, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return request;
    }

    /** For endpoints with more parameters to check: adds to {@code violations} instead of throwing. */
    public static PageRequest of(String page, String size, List<FieldViolation> violations) {
        Integer p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE, violations);
        Integer s = QueryParams.integer("size", size, 1, MAX_SIZE, violations);
        return new PageRequest(p == null ? 0 : p, s == null ? DEFAULT_SIZE : s);
    }

    /** A long: the last page a client may ask for times the largest size does not fit an int. */
    public long offset() {
        return (long) page * size;
    }
}
