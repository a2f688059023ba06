package org.hamyar.common;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures that happen in Vert.x before a resource runs (a form field over the decoder's limit, a body over
 * Vert.x's own limit) answer problem+json like every other failure, not Quarkus's default body.
 */
@ApplicationScoped
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final RouteProblems problems;

    RouteFailures(RouteProblems problems) {
        this.problems = problems;
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
            problems.end(ctx, ProblemType.PAYLOAD_TOO_LARGE, List.of(new FieldViolation("body",
                    "too-long")));
            return;
        }
        if (status >= 400 && status < 500) {
            problems.end(ctx, status == 413 ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.forStatus(status),
                    List.of());
            return;
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unhandled failure %s on %s", incident, LogText.escaped(ctx.request().path()));
        ctx.response().putHeader("X-Incident-Id", incident);
        problems.end(ctx, ProblemType.INTERNAL, List.of());
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
