package org.hamyar.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A valid sign-up body to start from; tests change what they are about. */
public final class SignupBodies {

    /** Khazaneh, Tehran region 16. */
    public static final int KHAZANEH = 280101;

    private SignupBodies() {
    }

    public static Map<String, Object> valid(String nationalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("nationalId", nationalId);
        body.put("mobile", "09123456789");
        body.put("firstName", "زهرا");
        body.put("lastName", "محمدی");
        body.put("birthDate", "1988-03-21");
        body.put("gender", "FEMALE");
        body.put("neighbourhoodId", KHAZANEH);
        body.put("skills", List.of(Map.of("code", "elderly-care", "level", 4), Map.of("code", "counselling", "level", 3)));
        body.put("availability", List.of(Map.of("day", "SATURDAY", "from", "16:00", "to", "19:00")));
        body.put("languages", List.of("fa", "az"));
        body.put("maxTravelKm", 5);
        body.put("consent", Map.of("dataProcessing", true, "sms", true));
        return body;
    }
}
