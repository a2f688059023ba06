package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** While the database is away a request is answered 503 with Retry-After, never 500; other failures stay 500. */
class DatabaseOutageTest {

    private static final String PATH = "/api/v1/volunteers";

    @Test
    void theDatabaseBeingAwayIsA503WithRetryAfter() {
        Throwable[] away = {
                new ConnectException("Connection refused: /127.0.0.1:5497"),
                new SocketException("Connection reset"), // a connect under way when PostgreSQL stopped (immediate)
                ClosedConnectionException.INSTANCE,
                pg("57P01", "terminating connection due to administrator command"),
                pg("57P03", "the database system is starting up"),
                pg("08006", "connection failure"),
                new VertxException("Timeout waiting for connection", true),
                new NoStackTraceThrowable("Timeout"),
                // Wrapped on the way (a CompletionStage, a library's own exception): the cause decides.
                new CompletionException(new IllegalStateException("failed", ClosedConnectionException.INSTANCE)),
        };
        for (Throwable failure : away) {
            Response response = new ProblemMappers().internal(failure, null, uri());
            assertThat(response.getStatus()).as("%s", failure).isEqualTo(503);
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).as("%s", failure).isEqualTo("2");
            assertThat(response.getMediaType()).hasToString(ProblemResponses.MEDIA_TYPE);
            Problem problem = (Problem) response.getEntity();
            assertThat(problem.type()).isEqualTo("https://hamyar.ir/problems/service-unavailable");
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.instance()).isEqualTo(PATH);
            assertThat(problem.detail()).doesNotContain("5497", "administrator", "Exception");
        }
    }

    @Test
    void otherFailuresStayInternal() {
        Throwable[] others = {
                pg("23505", "duplicate key value violates unique constraint"),
                pg("40001", "could not serialize access"),
                new IllegalStateException("a bug"),
                new VertxException("something else", true),
                new NoStackTraceThrowable("something else"),
        };
        for (Throwable failure : others) {
            Response response = new ProblemMappers().internal(failure, null, uri());
            assertThat(response.getStatus()).as("%s", failure).isEqualTo(500);
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isNull();
        }
    }

    private static PgException pg(String state, String message) {
        return new PgException(message, "FATAL", state, null);
    }

    private static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath") && method.getParameterCount() == 0) {
                        return PATH;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
