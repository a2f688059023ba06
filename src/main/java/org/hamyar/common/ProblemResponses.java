package org.hamyar.common;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, List<FieldViolation> violations, HttpHeaders headers, String path) {
        return of(problem(type, violations, headers, path));
    }

    public static Problem problem(ProblemType type, List<FieldViolation> violations, HttpHeaders headers,
            String path) {
        String language = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return Messages.problem(type, violations, path, Messages.locale(language));
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}
