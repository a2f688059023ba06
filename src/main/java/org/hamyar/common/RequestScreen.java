package org.hamyar.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before any resource sees it, a request line or header that cannot be text the service would store or
 * log: percent-encoding that is broken or decodes to bytes that are not UTF-8 (overlong forms included), NUL and
 * other control characters (a CR/LF in a path would forge a log line), an over-long URI, and an API body without a
 * Content-Type. Each answer is a problem naming the parameter, header or {@code path}.
 */
@ApplicationScoped
public class RequestScreen {

    /** Longer request lines reach this screen (Vert.x's own limit is set higher) and get a problem, not a bare 414. */
    static final int MAX_URI_LENGTH = 4096;
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ObjectMapper json;

    RequestScreen(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::screen);
    }

    private void screen(RoutingContext ctx) {
        MetricPaths.labelUntemplated(ctx);
        var request = ctx.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            RouteProblems.end(ctx, json, ProblemType.URI_TOO_LONG, List.of());
            return;
        }
        List<FieldViolation> violations = violations(request);
        if (!violations.isEmpty()) {
            RouteProblems.end(ctx, json, ProblemType.VALIDATION, violations);
            return;
        }
        if (lacksContentType(ctx)) {
            RouteProblems.end(ctx, json, ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of());
            return;
        }
        ctx.next();
    }

    /** What is wrong with the request line and headers, each named; empty if nothing. */
    private static List<FieldViolation> violations(HttpServerRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<String> path = StrictText.percentDecoded(request.path(), false);
        if (path.isEmpty() || !StrictText.singleLine(path.get())) {
            violations.add(new FieldViolation("path", path.isEmpty() ? "encoding" : "text"));
        }
        String query = request.query();
        if (query != null) {
            for (String pair : query.split("&", -1)) {
                int eq = pair.indexOf('=');
                Optional<String> name = StrictText.percentDecoded(eq < 0 ? pair : pair.substring(0, eq), true);
                if (name.isEmpty()) {
                    violations.add(new FieldViolation("query", "encoding"));
                } else if (!StrictText.singleLine(name.get())) {
                    violations.add(new FieldViolation("query", "text"));
                } else if (eq >= 0) {
                    boolean plain = name.get().length() <= 64 && name.get().chars().allMatch(c -> c > 0x20 && c < 0x7f);
                    check(plain ? name.get() : "query", pair.substring(eq + 1), violations);
                }
            }
        }
        for (Map.Entry<String, String> header : request.headers()) {
            // Header bytes arrive as ISO-8859-1 characters; only the C0 controls and DEL are refused here.
            if (header.getValue().chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                violations.add(new FieldViolation(header.getKey(), "text"));
            }
        }
        // An empty header reaches the resources as no header at all, and a blank key is not "no key"
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && key.isBlank()) {
            violations.add(new FieldViolation(IDEMPOTENCY_KEY, "required"));
        }
        return List.copyOf(violations);
    }

    private static void check(String field, String raw, List<FieldViolation> violations) {
        Optional<String> text = StrictText.percentDecoded(raw, true);
        if (text.isEmpty()) {
            violations.add(new FieldViolation(field, "encoding"));
        } else if (!StrictText.singleLine(text.get())) {
            violations.add(new FieldViolation(field, "text"));
        }
    }

    /** An API request with a body must say what the body is; guessing JSON would accept what the contract does not. */
    private static boolean lacksContentType(RoutingContext ctx) {
        var request = ctx.request();
        HttpMethod method = request.method();
        if (!request.path().startsWith("/api/") || !(method == HttpMethod.POST || method == HttpMethod.PUT
                || method == HttpMethod.PATCH)) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean body = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
        return body && request.getHeader(HttpHeaders.CONTENT_TYPE) == null;
    }
}
