package org.hamyar.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.support.CentreBodies;
import org.hamyar.support.Database;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Tuple;

/** Finding volunteers for a need and needs for a volunteer, with the reasons, and the proposals made from them. */
@QuarkusTest
class MatchingTest {

    /** Nazi Abad (Tehran region 16); Narmak is about 15 km north-east of it. */
    private static final int NARMAK = 280106;

    @Inject
    Organisations organisations;
    @Inject
    Database database;
    @Inject
    ProposalJob proposalJob;

    private long org;
    private String staff;
    private String centre;

    @BeforeEach
    void centre() {
        org = organisations.organisation("WELFARE_OFFICE");
        staff = Tokens.staff(org, "county:2801");
        centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
    }

    private String need(String skill, int minLevel, int volunteersNeeded) {
        Map<String, Object> body = CentreBodies.need(centre, "ELDERLY");
        body.put("skills", List.of(Map.of("code", skill, "minLevel", minLevel)));
        body.put("volunteersNeeded", volunteersNeeded);
        body.put("languages", List.of("az"));
        return bearer(staff).body(body).post("/api/v1/needs").then().statusCode(201).extract().path("id");
    }

    /**
     * What the proposal job would do on its next runs, now (it is off in tests so they control when). Requests
     * waiting for a retry or set aside (ProposalJobTest) are not due and stay.
     */
    private void runProposalJob() {
        while (database.count("SELECT count(*) FROM match_request WHERE failed_at IS NULL AND next_attempt_at <= now()",
                Tuple.tuple()) > 0) {
            proposalJob.run().await().atMost(Duration.ofSeconds(30));
        }
    }

    @Test
    void candidatesAreRankedBestFirstWithTheReasonsAndOnlyWithinTravelRange() {
        String near = Volunteers.signUp(Organisations.NAZI_ABAD, "sign-language", 4, 10);
        String farther = Volunteers.signUp(NARMAK, "sign-language", 2, 30);
        String outOfRange = Volunteers.signUp(NARMAK, "sign-language", 5, 5);
        String otherSkill = Volunteers.signUp(Organisations.NAZI_ABAD, "arts", 5, 10);
        String id = need("sign-language", 3, 2);

        JsonPath found = bearer(staff).queryParam("limit", 50).get("/api/v1/needs/" + id + "/candidates")
                .then().statusCode(200).body("needId", equalTo(id)).extract().jsonPath();
        List<String> ids = found.getList("items.volunteer.id");
        assertThat(ids).contains(near, farther).doesNotContain(outOfRange, otherSkill);
        assertThat(ids.indexOf(near)).isLessThan(ids.indexOf(farther));
        List<Float> scores = found.getList("items.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));

        int i = ids.indexOf(near);
        assertThat(found.getString("items[" + i + "].volunteer.displayName")).isEqualTo("زهرا م.");
        List<Map<String, Object>> reasons = found.getList("items[" + i + "].reasons");
        assertThat(reasons).extracting(r -> r.get("component"))
                .containsExactly("skills", "distance", "availability", "language", "load");
        assertThat(reasons.stream().mapToDouble(r -> ((Number) r.get("weight")).doubleValue()).sum())
                .isCloseTo(1.0, offset(1e-9));
        assertThat(reasons.stream().mapToDouble(r -> ((Number) r.get("points")).doubleValue()).sum())
                .isCloseTo(found.getDouble("items[" + i + "].score"), offset(0.01));
        assertThat((String) reasons.get(1).get("explanation")).contains("کیلومتر");
        // The need asks for Azeri; the sign-up body speaks fa and az.
        assertThat(((Number) reasons.get(3).get("value")).doubleValue()).isEqualTo(1.0);

        bearer(staff).header("Accept-Language", "en").get("/api/v1/needs/" + id + "/candidates")
                .then().statusCode(200).body("items[0].reasons[1].explanation", containsString("km"));
    }

    @Test
    void onlyTheOwningOrganisationInItsRegionSeesCandidates() {
        String id = need("sign-language", 1, 1);
        String path = "/api/v1/needs/" + id + "/candidates";
        badRequest().get(path).then().statusCode(401);
        badRequest().header("Authorization", "Bearer " + Tokens.volunteer(UUID.randomUUID().toString()))
                .get(path).then().statusCode(403);
        badRequest().header("Authorization", "Bearer " + Tokens.staff(organisations.organisation("NGO"),
                "county:2801")).get(path).then().statusCode(403);
        badRequest().header("Authorization", "Bearer " + Tokens.staff(org, "county:2001")).get(path)
                .then().statusCode(403);
        badRequest().header("Authorization", "Bearer " + staff).get("/api/v1/needs/" + UUID.randomUUID()
                + "/candidates").then().statusCode(404);
        badRequest().header("Authorization", "Bearer " + staff).queryParam("limit", 0).get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void proposalsAreMadeWhenANeedOpensAndWhenAVolunteerSignsUp() {
        String early = Volunteers.signUp(Organisations.NAZI_ABAD, "carpentry-repairs", 3, 10);
        String id = need("carpentry-repairs", 2, 1);
        runProposalJob();
        String late = Volunteers.signUp(Organisations.KHAZANEH, "carpentry-repairs", 4, 10);
        runProposalJob();

        String proposed = "SELECT count(*) FROM match WHERE need_id = $1 AND volunteer_id = $2 AND status = 'PROPOSED'"
                + " AND origin = 'AUTOMATIC'";
        assertThat(database.count(proposed, Tuple.of(UUID.fromString(id), UUID.fromString(early)))).isEqualTo(1);
        assertThat(database.count(proposed, Tuple.of(UUID.fromString(id), UUID.fromString(late)))).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM match_transition t JOIN match m ON m.id = t.match_id"
                + " WHERE m.need_id = $1 AND t.from_status IS NULL AND t.to_status = 'PROPOSED'"
                + " AND t.actor_kind = 'SYSTEM'", Tuple.of(UUID.fromString(id)))).isEqualTo(2);

        // Matched volunteers are no longer candidates; on demand, nothing new is left to propose.
        bearer(staff).get("/api/v1/needs/" + id + "/candidates").then().statusCode(200)
                .body("items.volunteer.id", not(hasItem(early)));
        bearer(staff).post("/api/v1/needs/" + id + "/proposals").then().statusCode(200).body("created", equalTo(0));

        // The reviewer's queue shows both, best first when asked; another organisation's reviewer sees neither.
        JsonPath queue = bearer(staff).queryParam("sort", "score").queryParam("size", 200)
                .get("/api/v1/review-queue").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("items.match.volunteer.id")).contains(early, late);
        assertThat(queue.getList("items.match.score", Float.class)).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(queue.getList("items.need.id")).containsOnly(id);
        bearer(Tokens.staff(organisations.organisation("NGO"), "county:2801")).get("/api/v1/review-queue")
                .then().statusCode(200).body("items.need.id", not(hasItem(id)));
        for (String sort : List.of("priority", "waiting")) {
            bearer(staff).queryParam("sort", sort).get("/api/v1/review-queue").then().statusCode(200)
                    .body("total", equalTo(2));
        }
        badRequest().header("Authorization", "Bearer " + staff).queryParam("sort", "name")
                .get("/api/v1/review-queue").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void onDemandProposalsTakeTheBestCandidates() {
        String a = Volunteers.signUp(Organisations.NAZI_ABAD, "electrical-plumbing", 5, 10);
        Volunteers.signUp(Organisations.KHAZANEH, "electrical-plumbing", 1, 10);
        String id = need("electrical-plumbing", 3, 1);
        database.count("WITH d AS (DELETE FROM match_request WHERE need_id = $1 RETURNING 1) SELECT count(*) FROM d",
                Tuple.of(UUID.fromString(id)));
        bearer(staff).body(Map.of("limit", 1)).post("/api/v1/needs/" + id + "/proposals").then().statusCode(200)
                .body("created", equalTo(1)).body("items[0].volunteer.id", equalTo(a))
                .body("items[0].status", equalTo("PROPOSED"));
    }

    @Test
    void aVolunteerIsShownTheNeedsAndCentresThatFitThem() {
        String id = need("reading-storytelling", 2, 2);
        String me = Volunteers.signUp(Organisations.KHAZANEH, "reading-storytelling", 3, 10);
        JsonPath suggestions = bearer(Tokens.volunteer(me)).get("/api/v1/me/suggestions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(suggestions.getList("needs.need.id")).contains(id);
        int i = suggestions.getList("needs.need.id").indexOf(id);
        assertThat(suggestions.getDouble("needs[" + i + "].distanceKm")).isBetween(0.5, 3.0);
        assertThat(suggestions.getList("needs[" + i + "].reasons")).hasSize(5);
        assertThat(suggestions.getList("centres.id")).contains(centre);

        badRequest().header("Authorization", "Bearer " + staff).get("/api/v1/me/suggestions").then().statusCode(403);
    }

    @Test
    void aSuggestedSensitiveNeedDoesNotSayWhereItIs() {
        Map<String, Object> body = CentreBodies.need(centre, "HOMELESS");
        body.put("skills", List.of(Map.of("code", "homeless-outreach", "minLevel", 2)));
        String id = bearer(staff).body(body).post("/api/v1/needs").then().statusCode(201).extract().path("id");
        String me = Volunteers.signUp(Organisations.KHAZANEH, "homeless-outreach", 3, 10);
        JsonPath suggestions = bearer(Tokens.volunteer(me)).get("/api/v1/me/suggestions").then().statusCode(200)
                .extract().jsonPath();
        int i = suggestions.getList("needs.need.id").indexOf(id);
        assertThat(i).as("the sensitive need is suggested").isNotNegative();
        assertThat(suggestions.getBoolean("needs[" + i + "].need.sensitive")).isTrue();
        assertThat((Object) suggestions.get("needs[" + i + "].need.title")).isNull();
        assertThat((Object) suggestions.get("needs[" + i + "].need.centreId")).isNull();
        assertThat((Object) suggestions.get("needs[" + i + "].need.neighbourhoodId")).isNull();
        assertThat((Object) suggestions.get("needs[" + i + "].distanceKm")).isNull();
        assertThat(suggestions.getList("needs[" + i + "].reasons.component")).isNotEmpty().doesNotContain("distance");
        assertThat(suggestions.getList("centres.id")).doesNotContain(centre);
    }
}
