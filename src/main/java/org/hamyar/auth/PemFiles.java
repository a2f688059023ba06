package org.hamyar.auth;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a PEM key from where configuration names it: a file (as production mounts its keys, with or without a
 * {@code file:} prefix) or, failing that, a class-path resource (the test keys). smallrye-jwt's own readers look on
 * the class path only.
 */
final class PemFiles {

    private PemFiles() {
    }

    static String read(String location) throws IOException {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        if (!location.startsWith("classpath:") && Files.isRegularFile(Path.of(path))) {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        }
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("No key file or class-path resource " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
