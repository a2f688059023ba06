package org.hamyar.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * The reactive pool, built as Quarkus would but caching long statements too. Vert.x keeps a prepared statement per
 * connection only for SQL up to 2,048 characters; longer ones (the sign-up, the candidate search, the review queue)
 * were parsed and planned again on every call, which halved sign-ups per second. Quarkus has no setting for it.
 * Statements sent to the pool itself take a connection first ({@link ConnectionFirstPool} says why).
 */
@Singleton
public class PreparedStatementPool implements PgPoolCreator {

    /** Longer than any statement the service sends; an over-long one is still run, only not kept. */
    static final int CACHED_SQL_LIMIT = 16_384;

    @Override
    public Pool create(Input input) {
        input.pgConnectOptionsList().forEach(o -> o.setPreparedStatementCacheSqlLimit(CACHED_SQL_LIMIT));
        List<SqlConnectOptions> servers = new ArrayList<>(input.pgConnectOptionsList());
        Pool pool = PgBuilder.pool().with(input.poolOptions()).connectingTo(servers).using(input.vertx()).build();
        return new ConnectionFirstPool(pool);
    }
}
