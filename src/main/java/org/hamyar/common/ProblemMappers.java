package org.hamyar.common;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every failure leaves as problem+json: never a stack trace, a class name or an echo of the input. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<PageProblems> pages;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        Problem problem = ProblemResponses.problem(e.type(), e.violations(), headers, uri.getPath());
        if (e.oauthError() != null) {
            problem = problem.withOauthError(e.oauthError());
        }
        Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.of(problem));
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        if (e.type() == ProblemType.UNAUTHORIZED || e.type() == ProblemType.INVALID_CLIENT) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, e.type() == ProblemType.INVALID_CLIENT ? "Basic" : "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        // Parseable JSON of the wrong shape names the field (or the body) as the wrong type; unparseable is "json".
        FieldViolation violation = e instanceof JsonMappingException mapping
                ? new FieldViolation(JsonPaths.of(mapping.getPath()),
                        e instanceof StrictJson.UnstorableText ? "text" : "type")
                : new FieldViolation("body", "json");
        return ProblemResponses.of(ProblemType.MALFORMED_BODY, List.of(violation), headers, uri.getPath());
    }

    /** Quarkus has its own, closer mapper for this subtype, which answers an empty 400; this one wins over it. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return malformedJson(e, headers, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED, List.of(), headers, uri.getPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, List.of(), headers, uri.getPath());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps body-reading failures in a 400; the cause names the field.
            return malformedJson(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, headers, uri);
        }
        if (pages.isResolvable()) {
            Optional<Response> page = pages.get().render(uri.getPath(), status);
            if (page.isPresent()) {
                return page.get();
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        List<FieldViolation> violations = type == ProblemType.VALIDATION
                ? List.of(new FieldViolation("body", "invalid"))
                : List.of();
        return ProblemResponses.of(type, violations, headers, uri.getPath());
    }

    /**
     * Seconds a client is asked to wait while the database is away. A restarted PostgreSQL answers again in about
     * a second, and the pool reconnects on the next request.
     */
    static final int OUTAGE_RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causes(e)) {
            return databaseAway(e, headers, uri);
        }
        // The id ties the client's report to the log entry; the response itself says nothing about the cause.
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled failure %s on %s", incident, LogText.escaped(uri.getPath()));
        Response problem = ProblemResponses.of(ProblemType.INTERNAL, List.of(), headers, uri.getPath());
        return Response.fromResponse(problem).header("X-Incident-Id", incident).build();
    }

    /** 503, never 500: the request may well succeed if sent again shortly (with the same Idempotency-Key). */
    static Response databaseAway(Throwable e, HttpHeaders headers, UriInfo uri) {
        // The class name only: a driver's message may quote the statement's parameters.
        LOG.warnf("Database unavailable on %s (%s)", LogText.escaped(uri.getPath()), e.getClass().getName());
        Response problem = ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, List.of(), headers, uri.getPath());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, OUTAGE_RETRY_AFTER_SECONDS).build();
    }
}
