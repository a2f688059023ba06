package org.hamyar.organisation;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.auth.PasswordHasher;
import org.hamyar.common.TimeOrderedIds;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The national administrator, made at the first start from configuration ({@code hamyar.admin.username} and
 * {@code hamyar.admin.password}, from a secret in production), not from demo data. Nothing happens when the name is
 * not configured or an account already has it: a changed password in the configuration does not overwrite the
 * account, and replicas starting at once make it once (the user name is unique).
 */
@ApplicationScoped
public class AdminAccount {

    private static final Logger LOG = Logger.getLogger(AdminAccount.class);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String INSERT = """
            INSERT INTO staff_account (id, organisation_id, username, display_name, password_hash, role)
            VALUES ($1, NULL, $2, $3, $4, 'ADMIN') ON CONFLICT (username) DO NOTHING
            """;

    private final Pool pool;
    private final PasswordHasher hasher;
    private final Optional<String> username;
    private final Optional<String> password;
    private final String displayName;

    AdminAccount(Pool pool, PasswordHasher hasher,
            @ConfigProperty(name = "hamyar.admin.username") Optional<String> username,
            @ConfigProperty(name = "hamyar.admin.password") Optional<String> password,
            @ConfigProperty(name = "hamyar.admin.display-name", defaultValue = "مدیر ملی همیار") String displayName) {
        this.pool = pool;
        this.hasher = hasher;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }

    /** Runs on the main thread, which may block: the Argon2 hash and the await are fine here. */
    void onStart(@Observes StartupEvent start) {
        if (username.isEmpty() || username.get().isBlank()) {
            return;
        }
        if (password.isEmpty() || password.get().length() < 12) {
            throw new IllegalStateException("hamyar.admin.password must have at least 12 characters when "
                    + "hamyar.admin.username is set");
        }
        String name = username.get().trim().toLowerCase(Locale.ROOT);
        int made = pool.preparedQuery(INSERT)
                .execute(Tuple.of(TimeOrderedIds.next(), name, displayName, hasher.hash(password.get())))
                .await().atMost(WAIT).rowCount();
        if (made > 0) {
            LOG.infof("National administrator account created from configuration (hamyar.admin.username)");
        }
    }
}
