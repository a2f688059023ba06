package org.hamyar.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hamyar.sms.SmsSink;
import org.hamyar.support.CentreBodies;
import org.hamyar.support.Citizens;
import org.hamyar.support.Database;
import org.hamyar.support.Eventually;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The review workflow, proposal to completion, and the places of a need under racing acceptances. The volunteers
 * here have none of the skills the needs ask for, so only the proposals made by hand concern them.
 */
@QuarkusTest
class MatchWorkflowTest {

    @Inject
    Organisations organisations;
    @Inject
    Database database;
    @Inject
    SmsSink sms;

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

    private String need(int volunteersNeeded) {
        Map<String, Object> body = CentreBodies.need(centre, "ELDERLY");
        body.put("title", "کارگاه گلدوزی برای بانوان");
        body.put("skills", List.of(Map.of("code", "fundraising", "minLevel", 1)));
        body.put("volunteersNeeded", volunteersNeeded);
        return bearer(staff).body(body).post("/api/v1/needs").then().statusCode(201).extract().path("id");
    }

    private String volunteer(String mobile) {
        return Volunteers.signUp(mobile, Organisations.KHAZANEH, "donor-relations", 3, 10,
                List.of(Map.of("day", "MONDAY", "from", "15:00", "to", "19:00")));
    }

    private String propose(String needId, String volunteerId) {
        return bearer(staff).body(Map.of("needId", needId, "volunteerId", volunteerId, "reason", "آشنای محله"))
                .post("/api/v1/matches").then().statusCode(201).body("status", equalTo("PROPOSED"))
                .body("origin", equalTo("MANUAL")).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse move(String token, String matchId, Map<String, Object> body) {
        return bearer(token).body(body).post("/api/v1/matches/" + matchId + "/transitions").then();
    }

    private String status(String matchId) {
        return database.text("SELECT status FROM match WHERE id = $1", Tuple.of(UUID.fromString(matchId)));
    }

    @Test
    void aMatchGoesFromProposalToCompletedAndEveryStepIsRecorded() {
        String mobile = Citizens.freshMobile();
        String volunteerId = volunteer(mobile);
        String me = Tokens.volunteer(volunteerId);
        String needId = need(2);
        String id = propose(needId, volunteerId);

        move(staff, id, Map.of("to", "APPROVED", "reason", "سابقهٔ خوب")).statusCode(200)
                .body("status", equalTo("APPROVED"));
        move(staff, id, Map.of("to", "INVITED")).statusCode(200).body("status", equalTo("INVITED"));
        String text = Eventually.value(Duration.ofSeconds(10),
                () -> sms.lastTo(Citizens.e164(mobile)).map(SmsSink.Message::text).orElse(""),
                t -> t.contains("دعوت"));
        assertThat(text).contains("کارگاه گلدوزی برای بانوان");

        bearer(me).get("/api/v1/me/matches").then().statusCode(200).body("items.id", contains(id))
                .body("items[0].status", equalTo("INVITED"));
        move(me, id, Map.of("to", "ACCEPTED")).statusCode(200).body("status", equalTo("ACCEPTED"));
        move(staff, id, Map.of("to", "ACTIVE")).statusCode(200);
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("to", "COMPLETED"))
                .post("/api/v1/matches/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        move(staff, id, Map.of("to", "COMPLETED", "hours", 12.5)).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("hoursServed", equalTo(12.5f))
                .body("history.to", contains("PROPOSED", "APPROVED", "INVITED", "ACCEPTED", "ACTIVE", "COMPLETED"))
                .body("history[0].from", nullValue()).body("history[0].reason", equalTo("آشنای محله"))
                .body("history[1].actor.kind", equalTo("STAFF")).body("history[1].reason", equalTo("سابقهٔ خوب"))
                .body("history[3].actor.kind", equalTo("VOLUNTEER")).body("history[3].from", equalTo("INVITED"));

        // Nothing moves on from COMPLETED: 409 problem+json naming the field.
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("to", "CANCELLED", "reason", "x"))
                .post("/api/v1/matches/" + id + "/transitions").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://hamyar.ir/problems/invalid-transition"))
                .body("errors[0].field", equalTo("to"));
        bearer(me).get("/api/v1/matches/" + id).then().statusCode(200).body("history", hasSize(6));
    }

    @Test
    void aBadProposalIsRefusedNamingEachFieldAndNothingIsStored() {
        String needId = need(1);
        badRequest().header("Authorization", "Bearer " + staff)
                .body(Map.of("needId", needId, "volunteerId", UUID.randomUUID().toString(), "reason", " "))
                .post("/api/v1/matches").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reason"));
        badRequest().header("Authorization", "Bearer " + staff)
                .body(Map.of("needId", needId, "volunteerId", UUID.randomUUID().toString(), "reason", "همسایه"))
                .post("/api/v1/matches").then().statusCode(400).body("errors[0].field", equalTo("volunteerId"))
                .body("errors[0].code", equalTo("unknown"));
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("volunteerId", "x"))
                .post("/api/v1/matches").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("needId", "volunteerId", "reason"));
        assertThat(database.count("SELECT count(*) FROM match WHERE need_id = $1",
                Tuple.of(UUID.fromString(needId)))).isZero();
    }

    @Test
    void transitionsAreRefusedToTheWrongPeopleAndFromTheWrongStates() {
        String volunteerId = volunteer(Citizens.freshMobile());
        String id = propose(need(1), volunteerId);
        String path = "/api/v1/matches/" + id + "/transitions";
        badRequest().body(Map.of("to", "APPROVED")).post(path).then().statusCode(401);
        // A volunteer may never approve; staff may never accept for them.
        badRequest().header("Authorization", "Bearer " + Tokens.volunteer(volunteerId))
                .body(Map.of("to", "APPROVED")).post(path).then().statusCode(403);
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("to", "ACCEPTED")).post(path)
                .then().statusCode(403);
        // Another volunteer cannot even see it; another organisation may not touch it.
        badRequest().header("Authorization", "Bearer " + Tokens.volunteer(UUID.randomUUID().toString()))
                .body(Map.of("to", "DECLINED")).post(path).then().statusCode(404);
        badRequest().header("Authorization", "Bearer " + Tokens.staff(organisations.organisation("NGO"),
                "county:2801")).body(Map.of("to", "APPROVED")).post(path).then().statusCode(403);
        // A volunteer cannot answer what they were never invited to.
        badRequest().header("Authorization", "Bearer " + Tokens.volunteer(volunteerId))
                .body(Map.of("to", "ACCEPTED")).post(path).then().statusCode(409);
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("to", "REJECTED")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        badRequest().header("Authorization", "Bearer " + staff).body(Map.of("to", "MAYBE")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        move(staff, id, Map.of("to", "REJECTED", "reason", "خارج از محدودهٔ زمانی")).statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertThat(status(id)).isEqualTo("REJECTED");
        badRequest().header("Authorization", "Bearer " + staff)
                .body(Map.of("needId", database.text("SELECT need_id::text FROM match WHERE id = $1",
                        Tuple.of(UUID.fromString(id))), "volunteerId", volunteerId, "reason", "دوباره"))
                .post("/api/v1/matches").then().statusCode(409)
                .body("type", equalTo("https://hamyar.ir/problems/duplicate-match"));
    }

    @Test
    void aNeedIsNeverOverFilledWhenApprovalsAndAcceptancesRace() throws Exception {
        int places = 3, volunteers = 10;
        String needId = need(places);
        List<String> mobiles = new ArrayList<>();
        List<String> volunteerIds = new ArrayList<>();
        List<String> matchIds = new ArrayList<>();
        for (int i = 0; i < volunteers; i++) {
            mobiles.add(Citizens.freshMobile());
            volunteerIds.add(volunteer(mobiles.get(i)));
            matchIds.add(propose(needId, volunteerIds.get(i)));
        }
        // Half are approved and invited in bulk first; the other half are approved while the first half accept.
        List<String> first = matchIds.subList(0, 5), second = matchIds.subList(5, volunteers);
        decide(first, "APPROVED");
        decide(first, "INVITED");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String token = Tokens.volunteer(volunteerIds.get(i)), match = matchIds.get(i);
                racers.add(() -> move(token, match, Map.of("to", "ACCEPTED")).extract().statusCode());
            }
            for (String match : second) {
                racers.add(() -> move(staff, match, Map.of("to", "APPROVED")).extract().statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(racers)) {
                assertThat(f.get()).isEqualTo(200);
            }
            decide(second, "INVITED");
            racers.clear();
            for (int i = 5; i < volunteers; i++) {
                String token = Tokens.volunteer(volunteerIds.get(i)), match = matchIds.get(i);
                racers.add(() -> move(token, match, Map.of("to", "ACCEPTED")).extract().statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(racers)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        Tuple need = Tuple.of(UUID.fromString(needId));
        assertThat(count(need, "ACCEPTED")).isEqualTo(places);
        assertThat(count(need, "WAITLISTED")).isEqualTo(volunteers - places);
        assertThat(database.text("SELECT status FROM need WHERE id = $1", need)).isEqualTo("FILLED");
        bearer(staff).get("/api/v1/needs/" + needId).then().body("status", equalTo("FILLED"));

        // Someone with a place cancels: the first on the waitlist moves up and is told; the need stays filled.
        String leaving = database.text("SELECT volunteer_id::text FROM match WHERE need_id = $1 AND status = 'ACCEPTED'"
                + " LIMIT 1", need);
        String leavingMatch = matchIds.get(volunteerIds.indexOf(leaving));
        String next = database.text("SELECT id::text FROM match WHERE need_id = $1 AND status = 'WAITLISTED'"
                + " ORDER BY accepted_at, id LIMIT 1", need);
        bearer(staff).get("/api/v1/matches/" + next).then().body("waitlistPosition", equalTo(1));
        move(Tokens.volunteer(leaving), leavingMatch, Map.of("to", "CANCELLED")).statusCode(200);
        assertThat(status(next)).isEqualTo("ACCEPTED");
        assertThat(count(need, "ACCEPTED")).isEqualTo(places);
        assertThat(database.text("SELECT status FROM need WHERE id = $1", need)).isEqualTo("FILLED");
        String promotedMobile = Citizens.e164(mobiles.get(matchIds.indexOf(next)));
        assertThat(Eventually.value(Duration.ofSeconds(10), () -> sms.lastTo(promotedMobile)
                .map(SmsSink.Message::text).orElse(""), t -> t.contains("قطعی"))).contains("قطعی");
        assertThat(database.text("SELECT actor_kind FROM match_transition WHERE match_id = $1 ORDER BY id DESC LIMIT 1",
                Tuple.of(UUID.fromString(next)))).isEqualTo("SYSTEM");

        // When everyone waiting has gone too, a freed place opens the need again.
        for (String waiting : matchIds) {
            if ("WAITLISTED".equals(status(waiting))) {
                move(staff, waiting, Map.of("to", "CANCELLED", "reason", "جابه‌جایی برنامه")).statusCode(200);
            }
        }
        String anyAccepted = database.text("SELECT id::text FROM match WHERE need_id = $1 AND status = 'ACCEPTED'"
                + " LIMIT 1", need);
        move(staff, anyAccepted, Map.of("to", "NO_SHOW")).statusCode(200);
        assertThat(database.text("SELECT status FROM need WHERE id = $1", need)).isEqualTo("OPEN");
    }

    @Test
    void aVolunteerWhoErasesTheirDataGivesTheirPlaceToTheWaitlist() {
        String needId = need(1);
        String leaving = volunteer(Citizens.freshMobile()), waiting = volunteer(Citizens.freshMobile());
        String held = propose(needId, leaving), next = propose(needId, waiting);
        decide(List.of(held, next), "APPROVED");
        decide(List.of(held, next), "INVITED");
        move(Tokens.volunteer(leaving), held, Map.of("to", "ACCEPTED")).statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        move(Tokens.volunteer(waiting), next, Map.of("to", "ACCEPTED")).statusCode(200)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

        badRequest().header("Authorization", "Bearer " + Tokens.volunteer(leaving)).delete("/api/v1/me")
                .then().statusCode(204);
        assertThat(status(held)).isEqualTo("CANCELLED");
        assertThat(status(next)).isEqualTo("ACCEPTED");
        bearer(staff).get("/api/v1/matches/" + held).then().statusCode(200)
                .body("volunteer.displayName", nullValue()).body("history[-1].actor.kind", equalTo("SYSTEM"));
    }

    @Test
    void decisionsInBulkReportEachOutcome() {
        String needId = need(2);
        String a = propose(needId, volunteer(Citizens.freshMobile()));
        String b = propose(needId, volunteer(Citizens.freshMobile()));
        move(staff, b, Map.of("to", "APPROVED")).statusCode(200);
        String unknown = UUID.randomUUID().toString();
        bearer(staff).body(Map.of("matchIds", List.of(a, b, unknown), "decision", "APPROVED"))
                .post("/api/v1/review-queue/decisions").then().statusCode(200)
                .body("results.outcome", contains("APPLIED", "CONFLICT", "NOT_FOUND"))
                .body("results.status", contains("APPROVED", "APPROVED", null));
        badRequest().header("Authorization", "Bearer " + staff)
                .body(Map.of("matchIds", List.of(a), "decision", "REJECTED"))
                .post("/api/v1/review-queue/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Map<String, Object> other = new HashMap<>(Map.of("matchIds", List.of(a), "decision", "INVITED"));
        bearer(Tokens.staff(organisations.organisation("NGO"), "county:2801")).body(other)
                .post("/api/v1/review-queue/decisions").then().statusCode(200)
                .body("results[0].outcome", equalTo("FORBIDDEN"));
        assertThat(status(a)).isEqualTo("APPROVED");
    }

    private void decide(List<String> ids, String decision) {
        bearer(staff).body(Map.of("matchIds", ids, "decision", decision)).post("/api/v1/review-queue/decisions")
                .then().statusCode(200).body("results.outcome", everyItem(equalTo("APPLIED")));
    }

    private long count(Tuple need, String status) {
        return database.count("SELECT count(*) FROM match WHERE need_id = $1 AND status = '" + status + "'", need);
    }

    @Test
    void staffProposeOnlyVolunteersWhoWouldTravelToTheCentre() {
        String needId = need(1);
        // Lives in Sari, ~200 km from the Nazi Abad centre, and travels 10 km.
        String farAway = Volunteers.signUp(Citizens.freshMobile(), Organisations.SARI, "donor-relations", 3, 10,
                List.of(Map.of("day", "MONDAY", "from", "15:00", "to", "19:00")));
        badRequest().header("Authorization", "Bearer " + staff)
                .body(Map.of("needId", needId, "volunteerId", farAway, "reason", "آشنای محله"))
                .post("/api/v1/matches").then().statusCode(400).body("errors.field", contains("volunteerId"))
                .body("errors.code", contains("beyond-travel-range"));
        assertThat(database.count("SELECT count(*) FROM match WHERE need_id = $1",
                Tuple.of(UUID.fromString(needId)))).isZero();
        // A neighbour of the centre, ~2 km away and travelling 10 km, may be proposed.
        propose(needId, volunteer(Citizens.freshMobile()));
    }
}
