package org.hamyar.support;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.PersonalDataCrypto;

import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Looks into the database to prove what was and was not stored. */
@ApplicationScoped
public class Database {

    private final Pool pool;
    private final PersonalDataCrypto crypto;

    Database(Pool pool, PersonalDataCrypto crypto) {
        this.pool = pool;
        this.crypto = crypto;
    }

    public long volunteersWithNationalId(String tenDigits) {
        return count("SELECT count(*) FROM volunteer WHERE national_id_hmac = $1",
                Tuple.of(Buffer.buffer(crypto.hmac(tenDigits))));
    }

    public long count(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    /** Runs a statement without parameters (DDL too), e.g. to make the database refuse something. */
    public void execute(String sql) {
        pool.query(sql).execute().await().atMost(Duration.ofSeconds(10));
    }

    public String text(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
    }
}
