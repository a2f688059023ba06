package org.hamyar.sms;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Json;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** A provider reached over HTTPS with a JSON body and a bearer API key. */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

    private final SmsConfig.Http config;
    private final ObjectMapper json;
    private final HttpClient client;

    HttpSmsGateway(SmsConfig config, ObjectMapper json) {
        this.config = config.http();
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    @Override
    public Uni<Void> send(String e164, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(config.url().orElseThrow(
                () -> new IllegalStateException("hamyar.sms.http.url is not set")))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(json, Map.of("to", e164, "text", text))));
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        return Uni.createFrom().completionStage(() -> client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.discarding()))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException("SMS provider answered " + response.statusCode());
                    }
                    return null;
                });
    }
}
