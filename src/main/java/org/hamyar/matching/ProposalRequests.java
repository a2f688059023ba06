package org.hamyar.matching;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.need.NeedOpenings;
import org.hamyar.volunteer.SignupRecords;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Asks the proposal job, through the caller's transaction, to find volunteers for a need that opened or needs for a
 * volunteer who signed up; the request path waits for no matching.
 */
@ApplicationScoped
public class ProposalRequests implements NeedOpenings, SignupRecords {

    @Override
    public Uni<Void> opened(SqlClient tx, UUID needId) {
        return tx.preparedQuery("INSERT INTO match_request (need_id) VALUES ($1)").execute(Tuple.of(needId))
                .replaceWithVoid();
    }

    @Override
    public String insertFrom(String signups) {
        return "INSERT INTO match_request (volunteer_id) SELECT id FROM " + signups;
    }
}
