package org.hamyar.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamyar.support.Contract.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.hamyar.support.NationalIds;
import org.hamyar.support.SignupBodies;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CampaignTest {

    @Test
    void salamMahallehIsTheActiveCampaign() {
        int id = api().get("/api/v1/campaigns").then().statusCode(200)
                .body("items.find { it.code == 'salam-mahalleh' }.status", equalTo("ACTIVE"))
                .extract().path("items.find { it.code == 'salam-mahalleh' }.id");
        api().get("/api/v1/campaigns/" + id).then().statusCode(200)
                .body("nameFa", equalTo("سلام محله"));
        api().get("/api/v1/campaigns/987654").then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void statisticsCountASignUpWithinFiveSeconds() throws InterruptedException {
        Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
        body.put("neighbourhoodId", 200101); // Sari, Mazandaran
        body.put("skills", List.of(Map.of("code", "legal-aid", "level", 2)));
        JsonPath before = stats();

        api().body(body).post("/api/v1/volunteers").then().statusCode(201);

        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonPath after = stats();
        while (after.getLong("total") == before.getLong("total") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            after = stats();
        }
        assertThat(after.getLong("total")).isGreaterThan(before.getLong("total"));
        assertThat(count(after, "byProvince", "provinceCode", "20"))
                .isGreaterThan(count(before, "byProvince", "provinceCode", "20"));
        assertThat(count(after, "bySkill", "skillCode", "legal-aid"))
                .isGreaterThan(count(before, "bySkill", "skillCode", "legal-aid"));
        String today = LocalDate.now(ZoneId.of("Asia/Tehran")).toString();
        assertThat(count(after, "byDay", "date", today)).isGreaterThan(count(before, "byDay", "date", today));
    }

    @Test
    void statisticsOfAnUnknownCampaignAre404() {
        api().get("/api/v1/campaigns/987654/stats").then().statusCode(404);
    }

    private static JsonPath stats() {
        return api().get("/api/v1/campaigns/1/stats").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath stats, String list, String keyField, String key) {
        List<Map<String, Object>> items = stats.getList(list);
        return items.stream().filter(i -> key.equals(i.get(keyField)))
                .mapToLong(i -> ((Number) i.get("count")).longValue()).findFirst().orElse(0);
    }
}
