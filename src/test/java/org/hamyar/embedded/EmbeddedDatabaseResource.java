package org.hamyar.embedded;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The tests' database: an embedded PostgreSQL on a free port (or {@code -Dhamyar.embedded-db.port=...}), started
 * once for the whole run; two runs side by side never share one. The packaged jar of an *IT is given it too (as
 * system properties), so its own start-up leaves the embedded server out.
 */
@QuarkusTestResource(EmbeddedDatabaseResource.class)
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.start(EmbeddedStart.port());
        return database.datasource();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
