package org.hamyar.support;

import static org.hamyar.support.Contract.api;

import java.util.List;
import java.util.Map;

/** Signs up volunteers shaped for matching tests: where they live, what they can do, how far they travel. */
public final class Volunteers {

    private Volunteers() {
    }

    /** Returns the new volunteer's id; their mobile is {@code mobile} (local form). */
    public static String signUp(String mobile, int neighbourhoodId, String skill, int level, int maxTravelKm,
            List<Map<String, Object>> availability) {
        Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
        body.put("mobile", mobile);
        body.put("neighbourhoodId", neighbourhoodId);
        body.put("skills", List.of(Map.of("code", skill, "level", level)));
        body.put("maxTravelKm", maxTravelKm);
        body.put("availability", availability);
        return api().body(body).post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
    }

    public static String signUp(int neighbourhoodId, String skill, int level, int maxTravelKm) {
        return signUp(Citizens.freshMobile(), neighbourhoodId, skill, level, maxTravelKm,
                List.of(Map.of("day", "MONDAY", "from", "15:00", "to", "19:00")));
    }
}
