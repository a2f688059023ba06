package org.hamyar.common;

/** The problem types this API answers with; the slug is the last segment of the problem's {@code type} URI. */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_BODY(400, "malformed-body"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    DUPLICATE_VOLUNTEER(409, "duplicate-volunteer"),
    INVALID_TRANSITION(409, "invalid-transition"),
    DUPLICATE_MATCH(409, "duplicate-match"),
    NEED_NOT_OPEN(409, "need-not-open"),
    DUPLICATE_WEBHOOK(409, "duplicate-webhook"),
    WEBHOOK_LIMIT(409, "webhook-limit"),
    ALREADY_DELIVERED(409, "already-delivered"),
    ALREADY_EXISTS(409, "already-exists"),
    ACCOUNT_DISABLED(409, "account-disabled"),
    NO_MOBILE(409, "no-mobile"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSE(422, "idempotency-key-reuse"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INVALID_CODE(401, "invalid-code"),
    INVALID_CREDENTIALS(401, "invalid-credentials"),
    INVALID_CLIENT(401, "invalid-client"),
    INTERNAL(500, "internal"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    private static final String BASE = "https://hamyar.ir/problems/";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    public String uri() {
        return BASE + slug;
    }

    String messageKey() {
        return "problem." + slug;
    }

    /** The first type declared for a status is its generic one; later ones are specific refusals. */
    private boolean generic() {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t == this;
            }
        }
        return false;
    }

    static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t.generic()) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
