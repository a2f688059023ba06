package org.hamyar.common;

import java.util.List;

/** A refusal that becomes an {@code application/problem+json} answer; messages are localised when it is written. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldViolation> violations;

    public ApiException(ProblemType type) {
        this(type, List.of());
    }

    public ApiException(ProblemType type, List<FieldViolation> violations) {
        super(type.name(), null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ApiException invalid(List<FieldViolation> violations) {
        return new ApiException(ProblemType.VALIDATION, violations);
    }

    public static ApiException invalid(String field, String code) {
        return invalid(List.of(new FieldViolation(field, code)));
    }

    public static ApiException notFound() {
        return new ApiException(ProblemType.NOT_FOUND);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
