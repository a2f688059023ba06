package org.hamyar.need;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The states the service sets itself: FILLED when the last place is taken, OPEN again when one frees. */
@ApplicationScoped
public class NeedStates {

    /** Only from {@code from}: a need its owner closed meanwhile stays closed. False when it was not in it. */
    public Uni<Boolean> change(SqlClient tx, UUID needId, String from, String to, OffsetDateTime now) {
        return tx.preparedQuery("UPDATE need SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2")
                .execute(Tuple.of(needId, from, to, now)).map(rows -> rows.rowCount() == 1);
    }
}
