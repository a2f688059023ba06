package org.hamyar.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.support.CentreBodies;
import org.hamyar.support.Database;
import org.hamyar.support.Eventually;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Tuple;

/** Partner apps subscribe to match events and receive them signed, retried until taken, each with one event id. */
@QuarkusTest
class WebhookTest {

    /** One request as the partner's server received it. */
    record Delivery(String eventId, String type, String timestamp, String signature, String body) {
    }

    @Inject
    Organisations organisations;
    @Inject
    Database database;
    @Inject
    PersonalDataCrypto crypto;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer receiver;
    private String url;

    @BeforeEach
    void receiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/hamyar", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            received.add(new Delivery(h.getFirst("X-Hamyar-Event-Id"), h.getFirst("X-Hamyar-Event-Type"),
                    h.getFirst("X-Hamyar-Timestamp"), h.getFirst("X-Hamyar-Signature"),
                    new String(body, StandardCharsets.UTF_8)));
            // The first delivery fails, as a receiver that is briefly down would: it must come again.
            exchange.sendResponseHeaders(requests.getAndIncrement() == 0 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/hamyar";
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aSubscribedAppReceivesSignedEventsRetriedUntilTakenWithStableIds() throws Exception {
        long org = organisations.organisation("NGO");
        String clientId = organisations.partner(org, "county:2801", "partner-secret-" + UUID.randomUUID());
        String app = Tokens.partnerClient(clientId, org, "county:2801");

        var created = bearer(app).body(Map.of("url", url, "events", List.of("match.proposed", "match.approved")))
                .post("/api/v1/webhooks").then().statusCode(201).header("Location", containsString("/api/v1/webhooks/"))
                .body("secret", startsWith("whsec_")).extract();
        String subscription = created.path("id");
        String secret = created.path("secret");
        bearer(app).get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItem(subscription))
                .body("items[0]", not(hasKey("secret")));
        badRequest().header("Authorization", "Bearer " + app)
                .body(Map.of("url", url, "events", List.of("match.proposed")))
                .post("/api/v1/webhooks").then().statusCode(409);

        // The organisation's staff propose and approve a match.
        String staff = Tokens.staff(org, "county:2801");
        String centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        Map<String, Object> needBody = CentreBodies.need(centre, "ELDERLY");
        needBody.put("skills", List.of(Map.of("code", "fundraising", "minLevel", 1)));
        String needId = bearer(staff).body(needBody).post("/api/v1/needs").then().statusCode(201).extract().path("id");
        String volunteer = Volunteers.signUp(Organisations.KHAZANEH, "donor-relations", 2, 10);
        String match = bearer(staff).body(Map.of("needId", needId, "volunteerId", volunteer, "reason", "معرفی مسجد"))
                .post("/api/v1/matches").then().statusCode(201).extract().path("id");
        bearer(staff).body(Map.of("to", "APPROVED")).post("/api/v1/matches/" + match + "/transitions")
                .then().statusCode(200);

        List<Delivery> all = Eventually.value(Duration.ofSeconds(20), () -> List.copyOf(received),
                got -> got.size() >= 3);
        assertThat(all).extracting(Delivery::type).contains("match.proposed", "match.approved");
        for (Delivery d : all) {
            assertThat(d.signature()).isEqualTo(WebhookSignature.sign(secret, Long.parseLong(d.timestamp()), d.body()));
            JsonNode body = json.readTree(d.body());
            assertThat(body.get("id").asText()).isEqualTo(d.eventId());
            assertThat(body.get("type").asText()).isEqualTo(d.type());
            assertThat(body.at("/data/matchId").asText()).isEqualTo(match);
            assertThat(body.at("/data/needId").asText()).isEqualTo(needId);
            assertThat(d.body()).doesNotContain(volunteer);
        }
        // The refused first delivery came again with the same event id; the two events have different ids.
        assertThat(all).hasSize(3);
        assertThat(all.stream().filter(d -> d.eventId().equals(all.get(0).eventId()))).hasSize(2);
        assertThat(all.stream().map(Delivery::eventId).distinct().count()).isEqualTo(2);
        // The worker marks a message delivered just after the receiver's answer.
        assertThat(Eventually.value(Duration.ofSeconds(5), () -> database.count("SELECT count(*) FROM outbox WHERE "
                + "subscription_id = $1 AND delivered_at IS NOT NULL AND attempts = 2",
                Tuple.of(UUID.fromString(subscription))), n -> n == 1)).isEqualTo(1);
        // Not subscribed: invitations are not sent to this app.
        bearer(staff).body(Map.of("to", "INVITED")).post("/api/v1/matches/" + match + "/transitions")
                .then().statusCode(200);
        assertThat(database.count("SELECT count(*) FROM outbox WHERE subscription_id = $1 AND event_type = 'match.invited'",
                Tuple.of(UUID.fromString(subscription)))).isZero();

        badRequest().header("Authorization", "Bearer " + app).delete("/api/v1/webhooks/" + subscription)
                .then().statusCode(204);
        bearer(app).get("/api/v1/webhooks").then().body("items.id", not(hasItem(subscription)));
        badRequest().header("Authorization", "Bearer " + app).delete("/api/v1/webhooks/" + subscription)
                .then().statusCode(404);
    }

    @Test
    void subscriptionsAreForPartnerAppsWithHttpsUrlsAndKnownEvents() {
        long org = organisations.organisation("NGO");
        String clientId = organisations.partner(org, "province:28", "s-" + UUID.randomUUID());
        String app = Tokens.partnerClient(clientId, org, "province:28");
        badRequest().header("Authorization", "Bearer " + app)
                .body(Map.of("url", "http://partner.example.ir/hooks", "events", List.of("match.sneezed")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("url", "events[0]"));
        assertThat(database.count("SELECT count(*) FROM webhook_subscription WHERE client_id = $1",
                Tuple.of(clientId))).isZero();
        badRequest().header("Authorization", "Bearer " + Tokens.staff(org, "province:28"))
                .body(Map.of("url", "https://partner.example.ir/hooks", "events", List.of("match.accepted")))
                .post("/api/v1/webhooks").then().statusCode(403);
        badRequest().body(Map.of("url", "https://partner.example.ir/hooks", "events", List.of("match.accepted")))
                .post("/api/v1/webhooks").then().statusCode(401);
        bearer(app).body(Map.of("url", "https://partner.example.ir/hooks", "events", List.of("need.filled")))
                .post("/api/v1/webhooks").then().statusCode(201).body("events[0]", equalTo("need.filled"));
    }

    @Test
    void urlsAimedInsideTheNetworkAreRefusedAndNothingIsStored() {
        long org = organisations.organisation("NGO");
        String clientId = organisations.partner(org, "province:28", "s-" + UUID.randomUUID());
        String app = Tokens.partnerClient(clientId, org, "province:28");
        // Only the development allowance (plain http to this host) may reach loopback; https to it may not.
        List<String> inside = List.of("https://169.254.169.254/latest/meta-data", "https://10.0.0.5/hooks",
                "https://172.20.1.1/hooks", "https://192.168.1.1/hooks", "https://100.64.0.1/hooks",
                "https://127.0.0.1:8443/hooks", "https://0.0.0.0/hooks", "https://224.0.0.1/hooks",
                "https://[::1]/hooks", "https://[fe80::1]/hooks", "https://[fd00::1]/hooks",
                "https://[::ffff:169.254.169.254]/hooks", "https://[::ffff:10.0.0.1]/hooks", "https://2130706433/hooks",
                "https://localhost/hooks", "https://metadata/hooks", "https://db.internal/hooks",
                "https://printer.local/hooks");
        for (String url : inside) {
            badRequest().header("Authorization", "Bearer " + app)
                    .body(Map.of("url", url, "events", List.of("match.proposed")))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("url"))
                    .body("errors.code", containsInAnyOrder("webhook-destination"));
        }
        assertThat(database.count("SELECT count(*) FROM webhook_subscription WHERE client_id = $1",
                Tuple.of(clientId))).isZero();
    }

    @Test
    void deliveryChecksTheAddressAgainAndNeverConnectsInside() throws Exception {
        // A subscription stored before the rule, or whose name answered a public address then: the delivery must
        // still refuse its internal address before connecting.
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket inside = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepter = new Thread(() -> {
                while (!inside.isClosed()) {
                    try (Socket s = inside.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            long org = organisations.organisation("NGO");
            String clientId = organisations.partner(org, "province:28", "s-" + UUID.randomUUID());
            UUID subscription = UUID.randomUUID();
            UUID message = UUID.randomUUID();
            database.count("WITH s AS (INSERT INTO webhook_subscription (id, client_id, organisation_id, url, events, "
                    + "secret_enc, created_at) VALUES ($1, $2, $3, $4, ARRAY['need.filled'], $5, now()) RETURNING 1), "
                    + "o AS (INSERT INTO outbox (id, channel, subscription_id, event_type, payload, next_attempt_at, "
                    + "created_at) SELECT $6, 'WEBHOOK', $1, 'need.filled', '{}'::jsonb, now(), now() FROM s "
                    + "RETURNING 1) SELECT count(*) FROM o",
                    Tuple.from(List.of(subscription, clientId, org,
                            "https://127.0.0.1:" + inside.getLocalPort() + "/hooks",
                            Buffer.buffer(crypto.encrypt("whsec_test")), message)));

            String error = Eventually.value(Duration.ofSeconds(20), () -> database.text(
                    "SELECT coalesce(last_error, '') FROM outbox WHERE id = $1", Tuple.of(message)),
                    e -> !e.isEmpty());
            assertThat(error).startsWith("refused destination");
            assertThat(database.count("SELECT count(*) FROM outbox WHERE id = $1 AND delivered_at IS NULL",
                    Tuple.of(message))).isOne();
            assertThat(connections.get()).isZero();
        }
    }

    @Test
    void anAppHasAtMostTenSubscriptions() {
        long org = organisations.organisation("NGO");
        String clientId = organisations.partner(org, "province:28", "s-" + UUID.randomUUID());
        String app = Tokens.partnerClient(clientId, org, "province:28");
        String first = null;
        for (int i = 0; i < 10; i++) {
            String id = bearer(app).body(Map.of("url", "https://partner-" + i + ".example.ir/hooks",
                    "events", List.of("need.filled"))).post("/api/v1/webhooks").then().statusCode(201)
                    .extract().path("id");
            first = first == null ? id : first;
        }
        badRequest().header("Authorization", "Bearer " + app)
                .body(Map.of("url", "https://partner-10.example.ir/hooks", "events", List.of("need.filled")))
                .post("/api/v1/webhooks").then().statusCode(409).body("type", endsWith("/webhook-limit"));
        assertThat(database.count("SELECT count(*) FROM webhook_subscription WHERE client_id = $1",
                Tuple.of(clientId))).isEqualTo(10);
        badRequest().header("Authorization", "Bearer " + app).delete("/api/v1/webhooks/" + first)
                .then().statusCode(204);
        bearer(app).body(Map.of("url", "https://partner-10.example.ir/hooks", "events", List.of("need.filled")))
                .post("/api/v1/webhooks").then().statusCode(201);
    }
}
