package org.hamyar.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

/** POSTs one signed event to a partner's URL; any 2xx answer counts as delivered. */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http;
    private final Duration timeout;

    WebhookSender(@ConfigProperty(name = "hamyar.webhooks.timeout") Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fails with the reason when the receiver did not take it. */
    public Uni<Void> send(String url, String secret, String eventId, String eventType, String body) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Hamyar-Webhooks/1")
                .header("X-Hamyar-Event-Id", eventId)
                .header("X-Hamyar-Event-Type", eventType)
                .header("X-Hamyar-Timestamp", Long.toString(timestamp))
                .header("X-Hamyar-Signature", WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    return null;
                });
    }
}
