package org.hamyar.common;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collector;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.TransactionPropagation;
import io.vertx.sqlclient.Tuple;

/**
 * The pool, with every statement sent straight to it ({@code pool.query(..)}, {@code pool.preparedQuery(..)}) run
 * on a connection taken with {@link Pool#withConnection}.
 * <p>
 * Why: Vert.x SQL client 4.5 ({@code SqlConnectionPool.execute}) arms a connection-timeout timer for a statement
 * sent to the pool and cancels it only when a connection is obtained. When the database is away, the connect fails
 * at once, the statement fails (good), and 30 s later the timer fails the same promise again:
 * {@code IllegalStateException: Result is already complete}, once per statement tried during the outage
 * (eclipse-vertx/vertx-sql-client#1706). Taking a connection first goes through the pool's waiter, which cancels
 * its timer on failure too. Transactions and explicit connections already went that way and are unchanged.
 */
final class ConnectionFirstPool implements PgPool {

    private final Pool pool;

    ConnectionFirstPool(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Query<RowSet<Row>> query(String sql) {
        return new OnConnection<>(pool, connection -> connection.query(sql));
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return new OnConnection<>(pool, connection -> connection.preparedQuery(sql));
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
        return new OnConnection<>(pool, connection -> connection.preparedQuery(sql, options));
    }

    @Override
    public void getConnection(Handler<AsyncResult<SqlConnection>> handler) {
        pool.getConnection(handler);
    }

    @Override
    public Future<SqlConnection> getConnection() {
        return pool.getConnection();
    }

    @Override
    public <T> Future<T> withTransaction(Function<SqlConnection, Future<T>> function) {
        return pool.withTransaction(function);
    }

    @Override
    public <T> Future<T> withTransaction(TransactionPropagation propagation,
            Function<SqlConnection, Future<T>> function) {
        return pool.withTransaction(propagation, function);
    }

    @Override
    public <T> Future<T> withConnection(Function<SqlConnection, Future<T>> function) {
        return pool.withConnection(function);
    }

    @Override
    public void close(Handler<AsyncResult<Void>> handler) {
        pool.close(handler);
    }

    @Override
    public Future<Void> close() {
        return pool.close();
    }

    @Override
    public PgPool connectHandler(Handler<SqlConnection> handler) {
        pool.connectHandler(handler);
        return this;
    }

    @Override
    public PgPool connectionProvider(Function<Context, Future<SqlConnection>> provider) {
        pool.connectionProvider(provider);
        return this;
    }

    @Override
    public int size() {
        return pool.size();
    }

    /**
     * A statement that takes a connection when it runs. Built for a simple query it is only ever seen as a
     * {@link Query}, so the tuple-taking methods are reached only for prepared ones.
     */
    private static final class OnConnection<T> implements PreparedQuery<T> {

        private final Pool pool;
        private final Function<SqlConnection, ? extends Query<T>> statement;

        OnConnection(Pool pool, Function<SqlConnection, ? extends Query<T>> statement) {
            this.pool = pool;
            this.statement = statement;
        }

        private PreparedQuery<T> prepared(SqlConnection connection) {
            return (PreparedQuery<T>) statement.apply(connection);
        }

        @Override
        public Future<T> execute() {
            return pool.withConnection(connection -> statement.apply(connection).execute());
        }

        @Override
        public void execute(Handler<AsyncResult<T>> handler) {
            execute().onComplete(handler);
        }

        @Override
        public Future<T> execute(Tuple tuple) {
            return pool.withConnection(connection -> prepared(connection).execute(tuple));
        }

        @Override
        public void execute(Tuple tuple, Handler<AsyncResult<T>> handler) {
            execute(tuple).onComplete(handler);
        }

        @Override
        public Future<T> executeBatch(List<Tuple> batch) {
            return pool.withConnection(connection -> prepared(connection).executeBatch(batch));
        }

        @Override
        public void executeBatch(List<Tuple> batch, Handler<AsyncResult<T>> handler) {
            executeBatch(batch).onComplete(handler);
        }

        @Override
        public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
            return new OnConnection<>(pool, connection -> statement.apply(connection).collecting(collector));
        }

        @Override
        public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
            return new OnConnection<>(pool, connection -> statement.apply(connection).mapping(mapper));
        }
    }
}
