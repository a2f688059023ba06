package org.hamyar.matching;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Asks the proposal job, through the caller's transaction, to find volunteers for a need that is open. */
@ApplicationScoped
public class ProposalRequests {

    public Uni<Void> needOpened(SqlClient tx, UUID needId) {
        return tx.preparedQuery("INSERT INTO match_request (need_id) VALUES ($1)").execute(Tuple.of(needId))
                .replaceWithVoid();
    }
}
