package org.hamyar.need;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Told, in the same transaction, when a need is created or set back to OPEN (matching proposes volunteers). */
public interface NeedOpenings {

    Uni<Void> opened(SqlClient tx, UUID needId);
}
