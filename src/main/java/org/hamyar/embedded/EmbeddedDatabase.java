package org.hamyar.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL that this process starts for itself (demo, development, tests), on a port chosen when it starts: the
 * one asked for, or any free one (0). It never uses a server it did not start: zonky's start-up check only connects
 * to the port, so when the port was taken the other server answered and two demos, or a demo and the tests, shared
 * one database. Here a taken port, or a server that answers from another data directory, stops the start with
 * {@link NotStarted}. Runs with fsync off: never production.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Why the embedded server is not there; the message says what to do. */
    public static final class NotStarted extends RuntimeException {
        NotStarted(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Starts a fresh server on {@code port} (0: a free one) or throws {@link NotStarted}. */
    public static EmbeddedDatabase start(int port) {
        if (port < 0 || port > 65535) {
            throw new NotStarted("The embedded PostgreSQL port must be 0 (any free port) or 1-65535, not " + port, null);
        }
        if (port != 0 && taken(port)) {
            throw new NotStarted(busy(port), null);
        }
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("hamyar-pg-").toRealPath();
        } catch (IOException e) {
            throw new NotStarted("The embedded PostgreSQL has no data directory: " + e.getMessage(), e);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setConnectConfig("stringtype", "unspecified")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new NotStarted("The embedded PostgreSQL did not start on " + describe(port) + ": " + e.getMessage()
                    + (port == 0 ? "" : ". " + hint()), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
        database.checkItIsOurs();
        return database;
    }

    /** The datasource settings that point Quarkus at this server (JDBC for Flyway, reactive for the service). */
    public Map<String, String> datasource() {
        String address = "localhost:" + port() + "/" + DATABASE + "?stringtype=unspecified";
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + address,
                "quarkus.datasource.reactive.url", "postgresql://" + address,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", USER);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server answering on the port must be the one running on our data directory, or we attached to another. */
    private void checkItIsOurs() {
        String answered;
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('data_directory')")) {
            r.next();
            answered = r.getString(1);
        } catch (SQLException e) {
            answered = "unknown (" + e.getMessage() + ")";
        }
        if (!sameDirectory(answered)) {
            int port = port();
            close();
            throw new NotStarted(busy(port) + " (the server there keeps its data in " + answered + ")", null);
        }
    }

    private boolean sameDirectory(String answered) {
        try {
            return Path.of(answered).toRealPath().equals(dataDirectory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean taken(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // As PostgreSQL binds: connections of a server just stopped (TIME_WAIT) do not hold the port, a
            // listening server does.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return false;
        } catch (BindException e) {
            return true;
        } catch (IOException e) {
            return false; // Not a bind conflict: let PostgreSQL try and report.
        }
    }

    private static String busy(int port) {
        return "The embedded PostgreSQL cannot start on port " + port + ": another server already listens there. "
                + "The service will not use a database it did not start. " + hint();
    }

    private static String hint() {
        return "Leave " + EmbeddedStart.PORT_PROPERTY + " unset for a free port, or choose another (-D"
                + EmbeddedStart.PORT_PROPERTY + "=... or " + EmbeddedStart.PORT_ENV + ").";
    }

    private static String describe(int port) {
        return port == 0 ? "a free port" : "port " + port;
    }
}
