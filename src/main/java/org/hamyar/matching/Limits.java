package org.hamyar.matching;

import java.util.ArrayList;
import java.util.List;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.QueryParams;

/** How many results a matching request may ask for. */
final class Limits {

    private Limits() {
    }

    static int parse(String raw, int fallback, int max) {
        List<FieldViolation> errors = new ArrayList<>();
        Integer limit = QueryParams.integer("limit", raw, 1, max, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return limit == null ? fallback : limit;
    }
}
