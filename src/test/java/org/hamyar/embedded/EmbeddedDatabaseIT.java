package org.hamyar.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started as the README's demo command starts it, beside another embedded server (another demo, or
 * the tests): on a free port it gets a database of its own; on a port that server holds it stops with the reason
 * instead of using that server's database.
 */
class EmbeddedDatabaseIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void theDemoRunStopsWhenItsDatabasePortIsTakenInsteadOfUsingAnotherDemosDatabase() throws Exception {
        assertThat(JAR).exists();
        try (EmbeddedDatabase other = EmbeddedDatabase.start(0)) {
            Path output = Files.createTempFile("hamyar-demo-", ".log");
            Process demo = new ProcessBuilder(List.of(java(), "-Dquarkus.profile=demo",
                    "-D" + EmbeddedStart.PORT_PROPERTY + "=" + other.port(), "-Dquarkus.http.port=0", "-jar",
                    JAR.toString()))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean exited = demo.waitFor(120, TimeUnit.SECONDS);
            if (!exited) {
                demo.destroyForcibly();
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(exited).as("the demo run stopped; its output:%n%s", log).isTrue();
            assertThat(demo.exitValue()).as(log).isEqualTo(1);
            assertThat(log).contains("Hamyar did not start: The embedded PostgreSQL cannot start on port " + other.port())
                    .contains("will not use a database it did not start")
                    .doesNotContain("Installed features"); // Quarkus itself never started
            Files.delete(output);
        }
    }

    @Test
    void aSecondDemoBesideAnotherGetsADatabaseOfItsOwnOnAFreePort() throws Exception {
        assertThat(JAR).exists();
        try (EmbeddedDatabase other = EmbeddedDatabase.start(0)) {
            Path output = Files.createTempFile("hamyar-demo-", ".log");
            Process demo = new ProcessBuilder(List.of(java(), "-Dquarkus.profile=demo", "-Dquarkus.http.port=0",
                    "-Dhamyar.demo.volunteers=0", "-jar", JAR.toString()))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try {
                Matcher listening = await(output, LISTENING);
                Matcher database = Pattern.compile(EMBEDDED_ON).matcher(Files.readString(output));
                assertThat(database.find()).as(Files.readString(output)).isTrue();
                assertThat(Integer.parseInt(database.group(1))).isNotEqualTo(other.port());
                HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + listening.group(1) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                // The other demo's database got none of this one's schema.
                assertThat(tablesIn(other)).isZero();
            } finally {
                demo.destroy();
                demo.waitFor(30, TimeUnit.SECONDS);
                Files.delete(output);
            }
        }
    }

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final String EMBEDDED_ON = "Embedded PostgreSQL \\(fsync off[^)]*\\) on port (\\d+)";

    private static Matcher await(Path output, Pattern pattern) throws Exception {
        for (int i = 0; i < 240; i++) {
            Matcher m = pattern.matcher(Files.readString(output));
            if (m.find()) {
                return m;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + pattern + " in:\n" + Files.readString(output));
    }

    private static long tablesIn(EmbeddedDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(database.datasource().get("quarkus.datasource.jdbc.url"),
                "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String java() throws IOException {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
