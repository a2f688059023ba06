package org.hamyar.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.PageRequest;
import org.hamyar.common.PersianText;
import org.hamyar.common.QueryParams;

/** {@code GET /api/v1/centres} parameters, checked together so every bad one is named. */
record CentreQuery(Integer neighbourhoodId, String type, Double lat, Double lon, Double radiusKm,
        PageRequest paging) {

    static final double DEFAULT_RADIUS_KM = 10;
    static final double MAX_RADIUS_KM = 500;

    static CentreQuery parse(String neighbourhood, String type, String near, String radiusKm, String page,
            String size) {
        List<FieldViolation> errors = new ArrayList<>();
        Integer neighbourhoodId = QueryParams.integer("neighbourhood", neighbourhood, 1, Integer.MAX_VALUE, errors);
        String t = type == null || type.isBlank() ? null : type.trim().toUpperCase(Locale.ROOT);
        if (t != null && !CentreValidator.TYPES.contains(t)) {
            errors.add(new FieldViolation("type", "invalid"));
        }
        Double lat = null;
        Double lon = null;
        if (near != null && !near.isBlank()) {
            String[] parts = PersianText.asciiDigits(near).replace('٫', '.').split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                lat = Double.parseDouble(parts[0].trim());
                lon = Double.parseDouble(parts[1].trim());
                if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                    errors.add(new FieldViolation("near", "range"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation("near", "coordinates"));
            }
        }
        Double radius = null;
        if (radiusKm != null && !radiusKm.isBlank()) {
            try {
                radius = Double.parseDouble(PersianText.asciiDigits(radiusKm.trim()));
                if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
                    errors.add(new FieldViolation("radiusKm", "range"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation("radiusKm", "type"));
            }
            if (near == null || near.isBlank()) {
                errors.add(new FieldViolation("near", "required"));
            }
        }
        PageRequest paging = PageRequest.of(page, size, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (lat != null && radius == null) {
            radius = DEFAULT_RADIUS_KM;
        }
        return new CentreQuery(neighbourhoodId, t, lat, lon, radius, paging);
    }

    CentreRepository.Search toSearch() {
        return new CentreRepository.Search(neighbourhoodId, type, lat, lon, radiusKm, paging);
    }
}
