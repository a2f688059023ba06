package org.hamyar.common;

import java.util.List;

/** A refusal that becomes an {@code application/problem+json} answer; messages are localised when it is written. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldViolation> violations;
    private final Long retryAfterSeconds;
    private final String oauthError;

    public ApiException(ProblemType type) {
        this(type, List.of());
    }

    public ApiException(ProblemType type, List<FieldViolation> violations) {
        this(type, violations, null, null);
    }

    private ApiException(ProblemType type, List<FieldViolation> violations, Long retryAfterSeconds,
            String oauthError) {
        super(type.name(), null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.retryAfterSeconds = retryAfterSeconds;
        this.oauthError = oauthError;
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

    /** A refusal because of the state something is in, naming the field whose value could not be applied. */
    public static ApiException conflict(ProblemType type, String field) {
        return new ApiException(type, List.of(new FieldViolation(field, type.slug())));
    }

    public static ApiException forbidden() {
        return new ApiException(ProblemType.FORBIDDEN);
    }

    /** 429 with a {@code Retry-After} header. */
    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(ProblemType.TOO_MANY_REQUESTS, List.of(), Math.max(1, retryAfterSeconds), null);
    }

    /** A refusal at the OAuth 2 token endpoint: the problem also carries RFC 6749's {@code error} code. */
    public static ApiException oauth(ProblemType type, List<FieldViolation> violations, String error) {
        return new ApiException(type, violations, null, error);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String oauthError() {
        return oauthError;
    }
}
