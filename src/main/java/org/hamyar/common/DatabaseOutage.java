package org.hamyar.common;

import java.net.SocketException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable) from any other: those are
 * answered 503 with Retry-After, since trying again shortly is the right thing for the client to do, not 500.
 */
public final class DatabaseOutage {

    /**
     * PostgreSQL's codes for a server going or not yet there: admin_shutdown (fast or immediate stop),
     * crash_shutdown, cannot_connect_now (starting up or shutting down). Class 08 (connection exceptions) is
     * matched as a class.
     */
    private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

    /**
     * Vert.x's messages when no pooled connection came within the connection timeout: for a statement sent to the
     * pool, and for a connection asked for (a request queued behind connects that fail gets this one).
     */
    private static final String POOL_TIMEOUT = "Timeout waiting for connection";
    private static final String ACQUIRE_TIMEOUT = "Timeout";

    /** Causes are followed this deep at most (a cycle or a very long chain ends the search). */
    private static final int MAX_DEPTH = 16;

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (isOutage(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SocketException // refused, timed out, reset by a server going down (ConnectException too)
                || t instanceof ClosedConnectionException // the server closed a connection in use
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof PgException pg) {
            String state = pg.getSqlState();
            return state != null && (state.startsWith("08") || SERVER_GOING.contains(state));
        }
        return t instanceof VertxException && POOL_TIMEOUT.equals(t.getMessage())
                || t instanceof NoStackTraceThrowable && ACQUIRE_TIMEOUT.equals(t.getMessage());
    }
}
