package org.hamyar.support;

import static org.hamyar.support.Contract.api;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Signs citizens up through the API, each with a mobile of their own so that log-in by SMS can find them. */
public final class Citizens {

    private Citizens() {
    }

    /** A fresh, valid Iranian mobile in local form (0912…). */
    public static String freshMobile() {
        return "0912" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    public static String e164(String localMobile) {
        return "+98" + localMobile.substring(1);
    }

    /** Signs up a volunteer in {@code neighbourhoodId} with {@code mobile}; returns the volunteer id. */
    public static String signUp(String mobile, int neighbourhoodId) {
        Map<String, Object> body = SignupBodies.valid(NationalIds.fresh());
        body.put("mobile", mobile);
        body.put("neighbourhoodId", neighbourhoodId);
        return api().body(body).post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
    }

    /** A unique client address, so that per-address rate limits of one test do not touch another. */
    public static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
