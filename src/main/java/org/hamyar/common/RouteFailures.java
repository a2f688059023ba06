package org.hamyar.common;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures that happen in Vert.x before a resource runs (a form field over the decoder's limit, a body over
 * Vert.x's own limit) answer problem+json like every other failure, not Quarkus's default body.
 */
@ApplicationScoped
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final ObjectMapper json;

    RouteFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        Throwable failure = ctx.failure();
        if (failure != null && formFieldTooLong(failure)) {
            RouteProblems.end(ctx, json, ProblemType.PAYLOAD_TOO_LARGE, List.of(new FieldViolation("body",
                    "too-long")));
            return;
        }
        if (status >= 400 && status < 500) {
            RouteProblems.end(ctx, json, status == 413 ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.forStatus(status),
                    List.of());
            return;
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unhandled failure %s on %s", incident, LogText.escaped(ctx.request().path()));
        ctx.response().putHeader("X-Incident-Id", incident);
        RouteProblems.end(ctx, json, ProblemType.INTERNAL, List.of());
    }

    /** Netty's form decoder names the limit only in its message. */
    private static boolean formFieldTooLong(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().contains("TooLong") || message.contains("Size exceed allowed maximum")) {
                return true;
            }
        }
        return false;
    }
}
