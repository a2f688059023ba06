package org.hamyar.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.hamyar.outbox.OutboxRetention;
import org.hamyar.support.CentreBodies;
import org.hamyar.support.Database;
import org.hamyar.support.Eventually;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A partner app sees its deliveries that failed every attempt and sends one again; another app's are not found.
 * Delivered messages are purged after the retention period, not before.
 */
@QuarkusTest
class WebhookDeliveriesTest {

    @Inject
    Organisations organisations;
    @Inject
    Database database;
    @Inject
    OutboxRetention retention;

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(503);
    private HttpServer receiver;
    private String url;

    @BeforeEach
    void receiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestHeaders().getFirst("X-Hamyar-Event-Id"));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void failedDeliveriesAreListedAndRetriedByTheirOwnAppOnlyThenPurgedAfterRetention() {
        long org = organisations.organisation("NGO");
        String app = Tokens.partnerClient(organisations.partner(org, "county:2801", "s-" + UUID.randomUUID()), org,
                "county:2801");
        String other = Tokens.partnerClient(organisations.partner(org, "county:2801", "s-" + UUID.randomUUID()), org,
                "county:2801");
        UUID subscription = UUID.fromString(bearer(app).body(Map.of("url", url, "events", List.of("match.proposed")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id"));

        String staff = Tokens.staff(org, "county:2801");
        String centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        String need = bearer(staff).body(CentreBodies.need(centre, "ELDERLY")).post("/api/v1/needs").then()
                .statusCode(201).extract().path("id");
        String volunteer = Volunteers.signUp(Organisations.NAZI_ABAD, "first-aid", 3, 10);
        bearer(staff).body(Map.of("needId", need, "volunteerId", volunteer, "reason", "همسایه"))
                .post("/api/v1/matches").then().statusCode(201);

        // The receiver keeps failing: after the first refusal the message is moved to its last attempt (due now,
        // as if the backoff had run out), which the worker makes and gives up on.
        Eventually.value(Duration.ofSeconds(20), () -> received.size(), n -> n >= 1);
        Eventually.value(Duration.ofSeconds(20), () -> {
            database.count("WITH u AS (UPDATE outbox SET attempts = greatest(attempts, 9), next_attempt_at = now() "
                    + "WHERE subscription_id = $1 AND failed_at IS NULL AND next_attempt_at > now() RETURNING 1) "
                    + "SELECT count(*) FROM u", Tuple.of(subscription));
            return failed(subscription);
        }, n -> n == 1);
        String event = database.text("SELECT id::text FROM outbox WHERE subscription_id = $1", Tuple.of(subscription));

        bearer(app).queryParam("status", "FAILED").get("/api/v1/webhooks/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(event))
                .body("items[0].subscriptionId", equalTo(subscription.toString()))
                .body("items[0].eventType", equalTo("match.proposed")).body("items[0].status", equalTo("FAILED"))
                .body("items[0].attempts", equalTo(10)).body("items[0].lastError", equalTo("HTTP 503"));
        // Another partner app neither sees it nor can send it again; staff and strangers are refused.
        bearer(other).queryParam("status", "FAILED").get("/api/v1/webhooks/deliveries").then().statusCode(200)
                .body("items.id", not(hasItem(event))).body("total", equalTo(0));
        String retry = "/api/v1/webhooks/deliveries/" + event + "/retry";
        badRequest().header("Authorization", "Bearer " + other).post(retry).then().statusCode(404);
        badRequest().header("Authorization", "Bearer " + staff).post(retry).then().statusCode(403);
        badRequest().post(retry).then().statusCode(401);
        badRequest().header("Authorization", "Bearer " + app).post("/api/v1/webhooks/deliveries/" + UUID.randomUUID()
                + "/retry").then().statusCode(404);
        assertThat(failed(subscription)).isEqualTo(1);
        for (String status : List.of("DELIVERED", "")) {
            badRequest().header("Authorization", "Bearer " + app).queryParam("status", status)
                    .get("/api/v1/webhooks/deliveries").then().statusCode(400)
                    .body("errors[0].field", equalTo("status"));
        }

        // The receiver is back: the app sends the event again, with the same id, and it is delivered.
        answer.set(204);
        int before = received.size();
        bearer(app).post(retry).then().statusCode(202).body("id", equalTo(event)).body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0)).body("failedAt", nullValue());
        Eventually.value(Duration.ofSeconds(20), () -> delivered(subscription), n -> n == 1);
        assertThat(received.subList(before, received.size())).containsOnly(event);
        badRequest().header("Authorization", "Bearer " + app).post(retry).then().statusCode(409)
                .body("type", equalTo("https://hamyar.ir/problems/already-delivered"));
        bearer(app).queryParam("status", "FAILED").get("/api/v1/webhooks/deliveries").then().statusCode(200)
                .body("total", equalTo(0));

        // Retention: a message delivered just now stays; one delivered longer ago than the retention is purged.
        retention.purge().await().atMost(Duration.ofSeconds(30));
        assertThat(delivered(subscription)).isEqualTo(1);
        database.count("WITH u AS (UPDATE outbox SET delivered_at = now() - interval '8 days' WHERE subscription_id = $1"
                + " RETURNING 1) SELECT count(*) FROM u", Tuple.of(subscription));
        assertThat(retention.purge().await().atMost(Duration.ofSeconds(30))).isPositive();
        assertThat(database.count("SELECT count(*) FROM outbox WHERE subscription_id = $1", Tuple.of(subscription)))
                .isZero();
    }

    private long failed(UUID subscription) {
        return database.count("SELECT count(*) FROM outbox WHERE subscription_id = $1 AND failed_at IS NOT NULL",
                Tuple.of(subscription));
    }

    private long delivered(UUID subscription) {
        return database.count("SELECT count(*) FROM outbox WHERE subscription_id = $1 AND delivered_at IS NOT NULL",
                Tuple.of(subscription));
    }
}
