package org.hamyar.embedded;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * Decides, before Quarkus starts, whether this run gets an embedded PostgreSQL, starts it and points the datasource
 * at it. The demo and dev profiles get one unless {@code hamyar.embedded-db.enabled=false}; any other profile only
 * with {@code hamyar.embedded-db.enabled=true}, so production never silently runs on it; none either when a
 * datasource URL is given ({@code -Dquarkus.datasource.reactive.url}, {@code QUARKUS_DATASOURCE_REACTIVE_URL}). Its
 * port is read at run time ({@code hamyar.embedded-db.port} or {@code HAMYAR_EMBEDDED_DB_PORT}; unset or 0: any free port).
 */
public final class EmbeddedStart {

    public static final String PORT_PROPERTY = "hamyar.embedded-db.port";
    public static final String PORT_ENV = "HAMYAR_EMBEDDED_DB_PORT";
    static final String ENABLED_PROPERTY = "hamyar.embedded-db.enabled";
    static final String ENABLED_ENV = "HAMYAR_EMBEDDED_DB_ENABLED";
    private static final Set<String> EMBEDDED_PROFILES = Set.of("demo", "dev");

    private static final Logger LOG = Logger.getLogger(EmbeddedStart.class);

    private EmbeddedStart() {
    }

    /**
     * Called by the main class through reflection (this package is not built with {@code -Pexternal-db}).
     *
     * @return what stops the started database and forgets its settings, or null when this run gets none
     * @throws EmbeddedDatabase.NotStarted when it should have one and it could not start
     */
    public static AutoCloseable ifWanted() {
        String profile = setting("quarkus.profile", "QUARKUS_PROFILE", launchProfile());
        String enabled = setting(ENABLED_PROPERTY, ENABLED_ENV, "");
        boolean wanted = enabled.isEmpty()
                ? Arrays.stream(profile.split(",")).map(String::trim).anyMatch(EMBEDDED_PROFILES::contains)
                : Boolean.parseBoolean(enabled);
        // A database named on the command line or in the environment is used as it is (the *IT's jar gets the
        // tests' one that way).
        if (!wanted || !setting("quarkus.datasource.reactive.url", "QUARKUS_DATASOURCE_REACTIVE_URL", "").isEmpty()) {
            return null;
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(port());
        Map<String, String> datasource = database.datasource();
        datasource.forEach(System::setProperty);
        LOG.infof("Embedded PostgreSQL (fsync off; demo, development and tests only) on port %d, data in %s",
                database.port(), database.dataDirectory());
        // Dev mode calls main again after a live reload: the next start must not find the URL of a stopped server.
        return () -> {
            datasource.keySet().forEach(System::clearProperty);
            database.close();
        };
    }

    /**
     * The profile of the launch mode when none is named. Dev mode sets none, and its first start calls main before
     * the launch mode is known (it still says NORMAL); the class loader that dev mode runs the application in is
     * named for it ("Quarkus Runtime ClassLoader: DEV ...").
     */
    private static String launchProfile() {
        LaunchMode mode = LaunchMode.current();
        ClassLoader loader = EmbeddedStart.class.getClassLoader();
        if (mode == LaunchMode.NORMAL && loader.getName() != null && loader.getName().contains(": DEV")) {
            return LaunchMode.DEVELOPMENT.getDefaultProfile();
        }
        return mode.getDefaultProfile();
    }

    static int port() {
        String value = setting(PORT_PROPERTY, PORT_ENV, "0");
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new EmbeddedDatabase.NotStarted(
                    "The embedded PostgreSQL port must be a number (0: any free port), not '" + value + "'", e);
        }
    }

    private static String setting(String property, String env, String otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? otherwise : value.toLowerCase(Locale.ROOT).trim();
    }
}
