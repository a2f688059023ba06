package org.hamyar.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A valid centre body to start from. */
public final class CentreBodies {

    private CentreBodies() {
    }

    public static Map<String, Object> valid(int neighbourhoodId, double lat, double lon) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "FACILITATION_CENTRE");
        body.put("nameFa", "مرکز تسهیلگری محله");
        body.put("nameEn", "Neighbourhood facilitation centre");
        body.put("address", "خیابان اصلی، پلاک ۱۲");
        body.put("neighbourhoodId", neighbourhoodId);
        body.put("lat", lat);
        body.put("lon", lon);
        body.put("capacity", 40);
        body.put("openingHours", List.of(Map.of("day", "SATURDAY", "from", "09:00", "to", "13:00")));
        body.put("contact", Map.of("phone", "021-5500 1234", "email", "centre@example.ir"));
        return body;
    }

    public static Map<String, Object> need(String centreId, String targetGroup) {
        Map<String, Object> body = new HashMap<>();
        body.put("centreId", centreId);
        body.put("title", "همراهی سالمندان تنها");
        body.put("description", "دیدار هفتگی و خرید دارو برای سالمندان تنهای محله");
        body.put("targetGroup", targetGroup);
        body.put("skills", List.of(Map.of("code", "elderly-care", "minLevel", 2)));
        body.put("volunteersNeeded", 3);
        body.put("startsOn", "2026-12-01");
        body.put("endsOn", "2027-03-20");
        body.put("weeklySlots", List.of(Map.of("day", "MONDAY", "from", "16:00", "to", "18:00")));
        body.put("priority", "HIGH");
        return body;
    }
}
