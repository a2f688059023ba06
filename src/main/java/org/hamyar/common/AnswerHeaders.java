package org.hamyar.common;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import io.vertx.core.http.HttpServerResponse;

/**
 * The headers that {@code quarkus.http.header} puts on every answer, for the few answers that Vert.x Web ends before
 * Quarkus's own header route has run. Read from the same configuration, so the list is written once.
 */
@ApplicationScoped
class AnswerHeaders {

    private static final String PREFIX = "quarkus.http.header.";
    private static final String VALUE = ".value";

    private final Map<String, String> headers = new LinkedHashMap<>();

    AnswerHeaders(Config config) {
        for (String property : config.getPropertyNames()) {
            if (!property.startsWith(PREFIX) || !property.endsWith(VALUE)) {
                continue;
            }
            String quoted = property.substring(PREFIX.length(), property.length() - VALUE.length());
            String name = quoted.startsWith("\"") && quoted.endsWith("\"") ? quoted.substring(1, quoted.length() - 1)
                    : quoted;
            String path = config.getOptionalValue(PREFIX + quoted + ".path", String.class).orElse("/*");
            if (path.equals("/*")) {
                headers.put(name, config.getValue(property, String.class));
            }
        }
    }

    void addTo(HttpServerResponse response) {
        headers.forEach((name, value) -> {
            if (!response.headers().contains(name)) {
                response.putHeader(name, value);
            }
        });
    }
}
