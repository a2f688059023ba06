package org.hamyar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL starts on the port chosen at run time, and never stands in for another server. */
class EmbeddedDatabaseTest {

    @Test
    void aSecondServerOnATakenPortRefusesToStartInsteadOfUsingTheFirstOnesDatabase() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(0)) {
            int port = first.port();
            assertThat(port).isPositive();
            assertThat(dataDirectoryAnswering(first)).isEqualTo(first.dataDirectory().toString());

            assertThatThrownBy(() -> EmbeddedDatabase.start(port).close())
                    .isInstanceOf(EmbeddedDatabase.NotStarted.class)
                    .hasMessageContaining("cannot start on port " + port)
                    .hasMessageContaining("will not use a database it did not start")
                    .hasMessageContaining(EmbeddedStart.PORT_PROPERTY);
            // The first server is untouched and still its own.
            assertThat(dataDirectoryAnswering(first)).isEqualTo(first.dataDirectory().toString());
        }
    }

    @Test
    void aPortTakenByAnythingStopsTheStartWithTheReason() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(other.getLocalPort()).close())
                    .isInstanceOf(EmbeddedDatabase.NotStarted.class)
                    .hasMessageContaining("cannot start on port " + other.getLocalPort());
        }
    }

    @Test
    void twoServersOnFreePortsAreTwoDatabases() {
        try (EmbeddedDatabase one = EmbeddedDatabase.start(0); EmbeddedDatabase two = EmbeddedDatabase.start(0)) {
            assertThat(one.port()).isNotEqualTo(two.port());
            assertThat(one.datasource().get("quarkus.datasource.reactive.url")).contains(":" + one.port() + "/");
            assertThat(two.datasource().get("quarkus.datasource.jdbc.url")).contains(":" + two.port() + "/");
        }
    }

    private static String dataDirectoryAnswering(EmbeddedDatabase database) throws Exception {
        String url = database.datasource().get("quarkus.datasource.jdbc.url");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('data_directory')")) {
            r.next();
            return r.getString(1);
        }
    }
}
