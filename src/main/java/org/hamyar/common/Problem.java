package org.hamyar.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, with {@code errors[]} for field-level validation failures and, at the OAuth 2 token
 * endpoint only, RFC 6749's {@code error} code so that OAuth client libraries understand the refusal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        String error) {

    public Problem withOauthError(String code) {
        return new Problem(type, title, status, detail, instance, errors, code);
    }

    public record FieldError(String field, String code, String message) {
    }
}
