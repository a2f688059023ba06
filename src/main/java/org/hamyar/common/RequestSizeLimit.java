package org.hamyar.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses request bodies over the API's limit with a 413 problem before they are read. Vert.x's own limit
 * (quarkus.http.limits.max-body-size, set higher) stays as the backstop for bodies that hide their length.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBytes;
    private final RouteProblems problems;

    RequestSizeLimit(@ConfigProperty(name = "hamyar.http.max-body-bytes") long maxBytes, RouteProblems problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length)) {
                problems.end(ctx, ProblemType.PAYLOAD_TOO_LARGE, List.of());
                return;
            }
            ctx.next();
        });
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

}
