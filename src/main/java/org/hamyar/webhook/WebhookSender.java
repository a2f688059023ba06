package org.hamyar.webhook;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * POSTs one signed event to a partner's URL; any 2xx answer counts as delivered. The host is resolved and checked
 * first ({@link WebhookTargets}) and the connection goes to that checked address, while the Host header, TLS SNI
 * and certificate check still use the URL's name.
 */
@ApplicationScoped
public class WebhookSender {

    private final WebhookTargets targets;
    private final HttpClient http;
    private final Duration timeout;

    WebhookSender(WebhookTargets targets, Vertx vertx,
            @ConfigProperty(name = "hamyar.webhooks.timeout") Duration timeout) {
        this.targets = targets;
        this.timeout = timeout;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setForceSni(true)
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** Fails with the reason when the receiver did not take it, or when its address is refused. */
    public Uni<Void> send(String url, String secret, String eventId, String eventType, String body) {
        return targets.resolve(url).flatMap(target -> post(target, secret, eventId, eventType, body));
    }

    private Uni<Void> post(WebhookTargets.Target target, String secret, String eventId, String eventType,
            String body) {
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host()).setPort(target.port()).setSsl(target.https()).setURI(target.pathAndQuery())
                .setFollowRedirects(false).setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Hamyar-Webhooks/1")
                .putHeader("X-Hamyar-Event-Id", eventId)
                .putHeader("X-Hamyar-Event-Type", eventType)
                .putHeader("X-Hamyar-Timestamp", Long.toString(timestamp))
                .putHeader("X-Hamyar-Signature", WebhookSignature.sign(secret, timestamp, body));
        return Uni.createFrom().completionStage(() -> http.request(request)
                .compose(req -> req.send(Buffer.buffer(body)))
                // The answer's body is not needed; it is read and dropped so the connection can be reused.
                .compose(response -> response.handler(chunk -> {
                }).end().map(x -> response.statusCode()))
                .toCompletionStage())
                .ifNoItem().after(timeout.multipliedBy(2)).fail()
                .map(status -> {
                    if (status / 100 != 2) {
                        throw new IllegalStateException("HTTP " + status);
                    }
                    return null;
                });
    }
}
