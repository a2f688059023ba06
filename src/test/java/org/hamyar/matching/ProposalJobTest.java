package org.hamyar.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.support.Contract.bearer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.support.CentreBodies;
import org.hamyar.support.Database;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

/** A proposal request whose processing fails is retried with backoff and set aside after the last try, never lost. */
@QuarkusTest
class ProposalJobTest {

    @Inject
    Organisations organisations;
    @Inject
    Database database;
    @Inject
    ProposalJob proposalJob;
    @ConfigProperty(name = "hamyar.matching.request-max-attempts")
    int maxAttempts;

    private String staff;
    private String centre;
    private UUID need;
    private String trigger;

    @BeforeEach
    void needWithACandidate() {
        long org = organisations.organisation("WELFARE_OFFICE");
        staff = Tokens.staff(org, "county:2801");
        centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        Volunteers.signUp(Organisations.NAZI_ABAD, "first-aid", 4, 10);
        runOnce();
        Map<String, Object> body = CentreBodies.need(centre, "ELDERLY");
        body.put("skills", List.of(Map.of("code", "first-aid", "minLevel", 1)));
        need = UUID.fromString(
                bearer(staff).body(body).post("/api/v1/needs").then().statusCode(201).extract().path("id"));
        // A real database failure while the job answers this need's request: its proposals cannot be written.
        trigger = "refuse_" + need.toString().replace('-', '_');
        database.execute("CREATE OR REPLACE FUNCTION test_refuse_match() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$");
        database.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON match FOR EACH ROW WHEN (NEW.need_id = '"
                + need + "') EXECUTE FUNCTION test_refuse_match()");
    }

    @AfterEach
    void dropTrigger() {
        database.execute("DROP TRIGGER IF EXISTS " + trigger + " ON match");
        database.count("WITH d AS (DELETE FROM match_request WHERE need_id = $1 RETURNING 1) SELECT count(*) FROM d",
                Tuple.of(need));
    }

    @Test
    void aFailedRequestIsKeptAndRetriedLaterThenAnswered() {
        runOnce();
        assertThat(requests("failed_at IS NULL AND attempts = 1 AND next_attempt_at > now() + interval '5 seconds'"
                + " AND last_error = 'SQLSTATE P0001'")).isEqualTo(1);
        assertThat(proposals()).isZero();
        runOnce();
        assertThat(requests("attempts = 1")).as("not tried again before its backoff").isEqualTo(1);

        // The failure passes and the backoff has run out: the next run makes the proposal and the request is done.
        database.execute("DROP TRIGGER " + trigger + " ON match");
        due();
        runOnce();
        assertThat(proposals()).isPositive();
        assertThat(requests("true")).isZero();
    }

    @Test
    void aRequestThatKeepsFailingIsSetAsideAfterTheLastAttemptNotDropped() {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            due();
            runOnce();
            assertThat(requests("attempts = " + attempt)).isEqualTo(1);
        }
        assertThat(requests("failed_at IS NOT NULL AND attempts = " + maxAttempts)).isEqualTo(1);
        // Set aside: the job leaves it alone even when it would be due, and it can be counted.
        due();
        runOnce();
        assertThat(requests("failed_at IS NOT NULL AND attempts = " + maxAttempts)).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM match_request WHERE failed_at IS NOT NULL", Tuple.tuple()))
                .isPositive();
        assertThat(proposals()).isZero();
    }

    private void runOnce() {
        proposalJob.run().await().atMost(Duration.ofSeconds(30));
    }

    /** As if the backoff had run out. */
    private void due() {
        database.count("WITH u AS (UPDATE match_request SET next_attempt_at = now() WHERE need_id = $1 RETURNING 1) "
                + "SELECT count(*) FROM u", Tuple.of(need));
    }

    private long requests(String condition) {
        return database.count("SELECT count(*) FROM match_request WHERE need_id = $1 AND " + condition,
                Tuple.of(need));
    }

    private long proposals() {
        return database.count("SELECT count(*) FROM match WHERE need_id = $1", Tuple.of(need));
    }
}
