package org.hamyar.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses request bodies over the API's limit with a 413 problem before they are read. Vert.x's own limit
 * (quarkus.http.limits.max-body-size, set higher) stays as the backstop for bodies that hide their length.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    RequestSizeLimit(@ConfigProperty(name = "hamyar.http.max-body-bytes") long maxBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length)) {
                RouteProblems.end(ctx, json, ProblemType.PAYLOAD_TOO_LARGE, List.of());
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
