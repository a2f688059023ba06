package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;

/**
 * The service's pool, as {@link PreparedStatementPool} builds it, against a port where no database listens (the
 * database is away): a statement fails once, with an error that maps to 503, and nothing fails again later.
 */
class ConnectionFirstPoolTest {

    private static final long CONNECTION_TIMEOUT_MS = 300;

    private Vertx vertx;
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        // Where Vert.x reports a failure nobody handles, such as a timer completing a promise a second time.
        vertx.exceptionHandler(unhandled::add);
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aStatementSentWhileTheDatabaseIsAwayFailsOnceAsAnOutage() throws Exception {
        Pool pool = poolOn(closedPort());

        List<Future<?>> statements = List.of(
                pool.preparedQuery("SELECT $1::int").execute(Tuple.of(1)),
                pool.query("SELECT 1").execute(),
                pool.preparedQuery("SELECT $1::int").executeBatch(List.of(Tuple.of(1), Tuple.of(2))),
                pool.withTransaction(tx -> tx.query("SELECT 1").execute()));
        for (Future<?> statement : statements) {
            Throwable failure = statement.toCompletionStage().toCompletableFuture()
                    .handle((ok, error) -> error).get(10, TimeUnit.SECONDS);
            assertThat(failure).as("the statement fails").isNotNull();
            assertThat(DatabaseOutage.causes(failure)).as("%s is an outage", failure).isTrue();
        }

        // Vert.x 4.5 sent a statement to the pool with a connection-timeout timer that nobody cancelled when the
        // connect failed; when it fired, the failed promise was failed again ("Result is already complete").
        Thread.sleep(CONNECTION_TIMEOUT_MS * 4);
        assertThat(unhandled).as("failures reported after the statements had failed").isEmpty();
        pool.close().toCompletionStage().toCompletableFuture().join();
    }

    private Pool poolOn(int port) {
        PgConnectOptions options = new PgConnectOptions().setHost("127.0.0.1").setPort(port)
                .setDatabase("hamyar").setUser("hamyar").setPassword("unused");
        PoolOptions poolOptions = new PoolOptions().setMaxSize(2)
                .setConnectionTimeout((int) CONNECTION_TIMEOUT_MS).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        return new PreparedStatementPool().create(new PgPoolCreator.Input() {
            @Override
            public Vertx vertx() {
                return vertx;
            }

            @Override
            public PoolOptions poolOptions() {
                return poolOptions;
            }

            @Override
            public List<PgConnectOptions> pgConnectOptionsList() {
                return List.of(options);
            }
        });
    }

    /** A port nothing listens on: taken from the system, then let go. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
