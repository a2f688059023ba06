package org.hamyar.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started as the README's demo command starts it, where the embedded PostgreSQL's port is taken by
 * another embedded server (another demo, or the tests): it stops with the reason instead of using that database.
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

    private static String java() throws IOException {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
