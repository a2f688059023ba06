package org.hamyar.common;

import java.util.regex.Pattern;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps request paths out of the HTTP metrics' {@code uri} label. A request that reaches a resource is labelled by
 * its route template (RESTEasy sets it); one answered before that (a refused request line, a static file) would be
 * labelled by its raw path, which may hold an id, a national ID or a mobile. This sets a label of the first path
 * segment alone in its place, which a matched resource then overwrites with its template.
 */
final class MetricPaths {

    /** Where Quarkus's HTTP metrics look for a request's template (io.quarkus.micrometer HttpRequestMetric). */
    private static final String TEMPLATE_KEY = "UrlPathTemplate";
    /** A segment kept as it is: a short lowercase word, never digits (ids, national IDs and mobiles have them). */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,30}");

    private MetricPaths() {
    }

    static void labelUntemplated(RoutingContext ctx) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(TEMPLATE_KEY, label(ctx.request().path()));
        }
    }

    /** "/webjars/htmx.org/2.0.8/htmx.min.js" → "/webjars/*"; "/0012345678" → "/{}"; "/" stays "/". */
    static String label(String path) {
        if (path == null || path.length() <= 1) {
            return "/";
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        String segment = WORD.matcher(first).matches() ? first : "{}";
        return "/" + segment + (slash < 0 || slash == rest.length() - 1 ? "" : "/*");
    }
}
