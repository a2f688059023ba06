package org.hamyar.centre;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamyar.centre.CentreRequest.Contact;
import org.hamyar.common.WeeklySlot;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A centre's public fields; {@code distanceKm} only in answers to a {@code near=} search. */
public record CentreView(
        UUID id,
        String type,
        String nameFa,
        String nameEn,
        String address,
        int neighbourhoodId,
        double lat,
        double lon,
        Integer capacity,
        List<WeeklySlot> openingHours,
        Contact contact,
        Organisation organisation,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm,
        OffsetDateTime updatedAt) {

    public record Organisation(long id, String kind, String nameFa, String nameEn) {
    }
}
