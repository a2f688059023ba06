package org.hamyar.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.PageRequest;
import org.hamyar.common.QueryParams;
import org.hamyar.security.Region;

/** {@code GET /api/v1/needs} filters, checked together so every bad one is named. */
public record NeedQuery(Integer neighbourhoodId, Integer countyId, String skill, String targetGroup, String status,
        PageRequest paging) {

    public static NeedQuery parse(String neighbourhood, String county, String skill, String targetGroup, String status,
            String page, String size) {
        List<FieldViolation> errors = new ArrayList<>();
        Integer n = QueryParams.integer("neighbourhood", neighbourhood, 1, Integer.MAX_VALUE, errors);
        Integer c = QueryParams.integer("county", county, 1, Integer.MAX_VALUE, errors);
        String s = skill == null || skill.isBlank() ? null : skill.trim().toLowerCase(Locale.ROOT);
        String group = upper(targetGroup);
        if (group != null && !NeedValidator.TARGET_GROUPS.contains(group)) {
            errors.add(new FieldViolation("targetGroup", "invalid"));
        }
        String st = upper(status);
        if (st != null && !NeedValidator.STATUSES.contains(st)) {
            errors.add(new FieldViolation("status", "invalid"));
        }
        PageRequest paging = PageRequest.of(page, size, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new NeedQuery(n, c, s, group, st, paging);
    }

    NeedRepository.Search toSearch(Long viewerOrganisationId, Region viewerRegion) {
        return new NeedRepository.Search(null, neighbourhoodId, countyId, skill, targetGroup, status,
                viewerOrganisationId, viewerRegion, paging);
    }

    private static String upper(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim().toUpperCase(Locale.ROOT);
    }
}
