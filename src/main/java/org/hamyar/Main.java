package org.hamyar;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded PostgreSQL, when this run has one, before Quarkus reads its datasource settings: the port is
 * chosen now, at run time, not when the jar was built. A run that should have one and cannot start it stops here
 * with the reason, instead of running on whatever database answers.
 */
@QuarkusMain
public class Main {

    /** Not a compile-time reference: the {@code -Pexternal-db} build leaves this package out. */
    private static final String EMBEDDED_START = "org.hamyar.embedded.EmbeddedStart";

    /**
     * Quarkus answers a request line that {@link java.net.URI} refuses (a "%zz", a raw "|") with a bare 400 before
     * any handler runs. Off here, so that {@code RequestScreen} refuses the same requests with a problem naming the
     * part; the surefire and failsafe settings in pom.xml set it for the tests.
     */
    static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(QUARKUS_URI_CHECK_OFF, "true");
        AutoCloseable database;
        try {
            database = startEmbeddedDatabase();
        } catch (RuntimeException e) {
            System.err.println("Hamyar did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            Quarkus.run(args);
        } finally {
            closeQuietly(database);
        }
    }

    private static AutoCloseable startEmbeddedDatabase() {
        Class<?> start;
        try {
            start = Class.forName(EMBEDDED_START);
        } catch (ClassNotFoundException externalDatabaseBuild) {
            return null;
        }
        try {
            return (AutoCloseable) start.getMethod("ifWanted").invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(AutoCloseable database) {
        if (database == null) {
            return;
        }
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
