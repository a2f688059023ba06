package org.hamyar.volunteer;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Look-ups of volunteers for other features (log-in), by keyed hash only. */
@ApplicationScoped
public class VolunteerDirectory {

    private final Pool pool;

    VolunteerDirectory(Pool pool) {
        this.pool = pool;
    }

    /**
     * The volunteer a mobile logs in as. A mobile may be shared (a family phone); the most recent sign-up wins.
     */
    public Uni<Optional<UUID>> findByMobile(byte[] mobileHmac) {
        return pool.preparedQuery("SELECT id FROM volunteer WHERE mobile_hmac = $1 ORDER BY created_at DESC LIMIT 1")
                .execute(Tuple.of(Buffer.buffer(mobileHmac)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }
}
