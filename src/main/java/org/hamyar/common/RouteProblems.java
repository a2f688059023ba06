package org.hamyar.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers from Vert.x routes that refuse a request before Quarkus REST sees it. They may run before the route
 * that adds the headers of every answer, so they add those themselves.
 */
@ApplicationScoped
class RouteProblems {

    private final ObjectMapper json;
    private final AnswerHeaders answerHeaders;

    RouteProblems(ObjectMapper json, AnswerHeaders answerHeaders) {
        this.json = json;
        this.answerHeaders = answerHeaders;
    }

    void end(RoutingContext ctx, ProblemType type, List<FieldViolation> violations) {
        answerHeaders.addTo(ctx.response());
        Problem problem = Messages.problem(type, violations, instance(ctx.request().path()),
                Messages.locale(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        ctx.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.write(json, problem));
    }

    /** The raw path as sent, if it is printable ASCII (percent-encoding keeps anything else out of the answer). */
    private static String instance(String rawPath) {
        if (rawPath == null || rawPath.length() > 512) {
            return "/";
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return "/";
            }
        }
        return rawPath;
    }
}
