package org.hamyar.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hamyar.common.IdempotencyKeys;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.common.Timestamps;
import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.hamyar.volunteer.SignupInserts.Insert;
import org.hamyar.volunteer.SignupInserts.Pending;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

/** Sign-ups written together (SignupBatcher) answer each client exactly as a sign-up written alone would. */
@QuarkusTest
class SignupBatchTest {

    private static final String PATH = "/api/v1/volunteers";

    @Inject
    Database db;
    @Inject
    SignupInserts volunteers;
    @Inject
    PersonalDataCrypto crypto;
    @Inject
    MeterRegistry registry;
    @Inject
    ObjectMapper json;

    /** What a client sent and what it must get back. */
    private record Call(Map<String, Object> body, String key, String expected) {
    }

    @Test
    void aCrowdOfMixedSignUpsGetsEachItsOwnAnswer() throws Exception {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
            if (i % 3 == 0) {
                body.put("languages", List.of("en"));
                body.put("skills", List.of(Map.of("code", "counselling", "level", 1)));
            }
            calls.add(new Call(body, i % 5 == 0 ? UUID.randomUUID().toString() : null, "stored"));
        }
        String shared = NationalIds.fresh();
        for (int i = 0; i < 6; i++) {
            calls.add(new Call(SignupBodies.valid(shared), null, "one of a national ID"));
        }
        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
            body.put("neighbourhoodId", 999_999);
            calls.add(new Call(body, null, "neighbourhoodId"));
        }
        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
            body.put("skills", List.of(Map.of("code", "no-such-skill", "level", 2)));
            calls.add(new Call(body, null, "skills[0].code"));
        }
        String key = UUID.randomUUID().toString();
        Map<String, Object> retried = SignupBodies.valid(NationalIds.fresh());
        for (int i = 0; i < 4; i++) {
            calls.add(new Call(retried, key, "one of a key"));
        }
        DistributionSummary batches = registry.find("hamyar.signups.batch.rows").summary();
        long statementsBefore = batches.count();
        double rowsBefore = batches.totalAmount();

        List<Response> answers = postAllAtOnce(calls);

        List<String> sharedIdAnswers = new ArrayList<>();
        List<String> keyedIds = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            Response answer = answers.get(i);
            switch (call.expected()) {
                case "stored" -> {
                    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
                    assertStoredAsAnswered(answer);
                    assertThat(db.volunteersWithNationalId((String) call.body().get("nationalId"))).isEqualTo(1);
                }
                case "one of a national ID" -> sharedIdAnswers.add(answer.statusCode() + " "
                        + (answer.statusCode() == 201 ? "" : answer.<String> path("type")));
                case "one of a key" -> {
                    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
                    keyedIds.add(answer.path("id"));
                }
                default -> {
                    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
                    assertThat(answer.<List<String>> path("errors.field")).containsExactly(call.expected());
                    assertThat(db.volunteersWithNationalId((String) call.body().get("nationalId"))).isZero();
                }
            }
        }
        assertThat(sharedIdAnswers).filteredOn(a -> a.startsWith("201")).hasSize(1);
        assertThat(sharedIdAnswers).filteredOn(a -> !a.startsWith("201"))
                .hasSize(5).allMatch(a -> a.startsWith("409") && a.endsWith("/duplicate-volunteer"));
        assertThat(db.volunteersWithNationalId(shared)).isEqualTo(1);
        assertThat(keyedIds).hasSize(4).containsOnly(keyedIds.get(0));
        assertThat(db.volunteersWithNationalId((String) retried.get("nationalId"))).isEqualTo(1);
        // the point of the test: some of these went to PostgreSQL in one statement
        long statements = batches.count() - statementsBefore;
        double rows = batches.totalAmount() - rowsBefore;
        assertThat(rows).as("rows per statement").isGreaterThan(statements);
    }

    @Test
    void aBatchLeavesOutExactlyTheRowsThatCannotGoIn() {
        String taken = NationalIds.fresh();
        api().body(SignupBodies.valid(taken)).post(PATH).then().statusCode(201);
        Pending good = pending(NationalIds.fresh(), SignupBodies.KHAZANEH, "elderly-care", null);
        Pending alsoGood = pending(NationalIds.fresh(), SignupBodies.KHAZANEH, "counselling", null);
        Pending duplicate = pending(taken, SignupBodies.KHAZANEH, "elderly-care", null);
        Pending unknownPlace = pending(NationalIds.fresh(), 999_999, "elderly-care", null);
        Pending unknownSkill = pending(NationalIds.fresh(), SignupBodies.KHAZANEH, "no-such-skill", null);
        Pending closedCampaign = pending(NationalIds.fresh(), SignupBodies.KHAZANEH, "elderly-care", 999_999L);
        String twice = NationalIds.fresh();
        Pending first = pending(twice, SignupBodies.KHAZANEH, "elderly-care", null);
        Pending second = pending(twice, SignupBodies.KHAZANEH, "counselling", null);

        Map<UUID, Long> stored = volunteers.insertAll(List.of(good, duplicate, unknownPlace, alsoGood, unknownSkill,
                closedCampaign, first, second)).await().atMost(Duration.ofSeconds(10));

        assertThat(stored.keySet()).hasSize(3).contains(id(good), id(alsoGood))
                .containsAnyOf(id(first), id(second));
        assertThat(stored.get(id(good))).as("counted in the active campaign").isEqualTo(1L);
        assertThat(db.volunteersWithNationalId(taken)).isEqualTo(1);
        assertThat(db.volunteersWithNationalId(twice)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM volunteer_skill WHERE volunteer_id = $1",
                Tuple.of(id(alsoGood)))).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM volunteer WHERE id = ANY($1)", Tuple.of(new UUID[] {
                id(duplicate), id(unknownPlace), id(unknownSkill), id(closedCampaign) }))).isZero();
        assertThat(db.count("SELECT count(*) FROM match_request WHERE volunteer_id = ANY($1)",
                Tuple.of(new UUID[] { id(good), id(alsoGood) }))).isEqualTo(2);
    }

    private void assertStoredAsAnswered(Response created) throws Exception {
        String id = created.path("id");
        String stored = bearer(Tokens.volunteer(id)).get(PATH + "/" + id).then().statusCode(200).extract()
                .asString();
        JsonNode answered = json.readTree(created.asString());
        assertThat(json.readTree(stored)).isEqualTo(answered);
    }

    private List<Response> postAllAtOnce(List<Call> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CyclicBarrier start = new CyclicBarrier(calls.size());
        try {
            List<Callable<Response>> tasks = new ArrayList<>();
            for (Call call : calls) {
                tasks.add(() -> {
                    var request = (call.expected().equals("stored") || call.expected().equals("one of a key")
                            ? api()
                            : badRequest()).body(call.body());
                    if (call.key() != null) {
                        request.header("Idempotency-Key", call.key());
                    }
                    start.await();
                    return request.post(PATH);
                });
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : threads.invokeAll(tasks)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private Pending pending(String nationalId, int neighbourhoodId, String skill, Long campaignId) {
        UUID id = UUID.randomUUID();
        var now = Timestamps.now();
        VolunteerView view = new VolunteerView(id, VolunteerView.REGISTERED, "*******" + nationalId.substring(7),
                "+989*****6789", "زهرا", "محمدی", LocalDate.of(1988, 3, 21), "FEMALE", neighbourhoodId,
                List.of(new SkillLevel(skill, 3)), List.of(new AvailabilitySlot("SATURDAY", "16:00", "19:00")),
                List.of("fa"), 5, null, new Consent(true, true), now);
        Insert insert = new Insert(id, crypto.hmac(nationalId), crypto.encrypt(nationalId),
                crypto.hmac("+989123456789"), crypto.encrypt("+989123456789"), view, campaignId, now.toLocalDate());
        return new Pending(insert, IdempotencyKeys.NONE, null, null);
    }

    private static UUID id(Pending p) {
        return p.insert().id();
    }
}
