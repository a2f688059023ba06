package org.hamyar.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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

    private final RouteProblems problems;

    RequestScreen(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::screen);
        // Vert.x Web decodes the path while it matches routes; a "%zz" there throws before any route (this screen
        // included) runs, and the router answers 400 here instead of with a bare status line.
        router.errorHandler(400, this::refusedWhileRouting);
    }

    private void refusedWhileRouting(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            return;
        }
        problems.end(ctx, ProblemType.VALIDATION, violations(ctx.request()));
    }

    private void screen(RoutingContext ctx) {
        MetricPaths.labelUntemplated(ctx);
        var request = ctx.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            problems.end(ctx, ProblemType.URI_TOO_LONG, List.of());
            return;
        }
        List<FieldViolation> violations = violations(request);
        if (!violations.isEmpty()) {
            problems.end(ctx, ProblemType.VALIDATION, violations);
            return;
        }
        if (lacksContentType(ctx)) {
            problems.end(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of());
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
        String unparsable = notAUri(request.uri());
        if (unparsable != null && violations.isEmpty()) {
            // a part the checks above named is named more precisely
            violations.add(new FieldViolation(unparsable, "encoding"));
        }
        // An empty header reaches the resources as no header at all, and a blank key is not "no key"
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && key.isBlank()) {
            violations.add(new FieldViolation(IDEMPOTENCY_KEY, "required"));
        }
        return List.copyOf(violations);
    }

    /**
     * {@code path} or {@code query} if that part of the request line is not a URI (characters that must be
     * percent-encoded, a '%' not followed by two hex digits), else null; Quarkus's own check of this is off (Main).
     */
    private static String notAUri(String uri) {
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            int query = uri.indexOf('?');
            if (query < 0) {
                return "path";
            }
            try {
                new URI(uri.substring(0, query));
                return "query";
            } catch (URISyntaxException inPath) {
                return "path";
            }
        }
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
