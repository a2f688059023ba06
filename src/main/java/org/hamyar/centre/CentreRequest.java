package org.hamyar.centre;

import java.util.List;

import org.hamyar.common.WeeklySlot;

/** A centre as staff or a partner app send it; the organisation is the caller's, never the body's. */
public record CentreRequest(
        String type,
        String nameFa,
        String nameEn,
        String address,
        Integer neighbourhoodId,
        Double lat,
        Double lon,
        Integer capacity,
        List<WeeklySlot> openingHours,
        Contact contact) {

    /** The kinds of centre of DOMAIN, in the order forms offer them. */
    public static final List<String> TYPES = List.of("FACILITATION_CENTRE", "POSITIVE_LIFE_CENTRE", "NGO_OFFICE",
            "MOSQUE_OR_COMMUNITY_HALL", "POLICE_SOCIAL_UNIT", "SHELTER", "TREATMENT_CENTRE");

    /** The centre's public contact: a phone (landline or mobile, stored in E.164) and an e-mail address. */
    public record Contact(String phone, String email) {
    }
}
