package org.hamyar.organisation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.ProblemType;
import org.hamyar.common.StrictText;

import io.vertx.pgclient.PgException;

/** Field checks shared by the administrator's creates, and the database's refusals read back as field errors. */
final class AdminChecks {

    static final int MAX_NAME = 200;
    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

    private AdminChecks() {
    }

    /** Required single-line text of at most {@code max} characters, trimmed; null when refused. */
    static String text(String field, String value, int max, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required"));
            return null;
        }
        if (!StrictText.singleLine(value)) {
            violations.add(new FieldViolation(field, "text"));
            return null;
        }
        if (value.length() > max) {
            violations.add(new FieldViolation(field, "too-long"));
            return null;
        }
        return value.trim();
    }

    /** A lower-case name from {@code pattern} (user names, organisation codes). */
    static String name(String field, String value, Pattern pattern, List<FieldViolation> violations) {
        String text = text(field, value, 100, violations);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!pattern.matcher(lower).matches()) {
            violations.add(new FieldViolation(field, "invalid"));
            return null;
        }
        return lower;
    }

    /** Exactly one of a province (two digits) and a county: where the account or app acts. */
    static void region(String provinceCode, Integer countyId, List<FieldViolation> violations) {
        if (provinceCode == null && countyId == null) {
            violations.add(new FieldViolation("provinceCode", "required"));
        } else if (provinceCode != null && countyId != null) {
            violations.add(new FieldViolation("countyId", "invalid"));
        } else if (provinceCode != null && !PROVINCE.matcher(provinceCode).matches()) {
            violations.add(new FieldViolation("provinceCode", "unknown"));
        } else if (countyId != null && countyId <= 0) {
            violations.add(new FieldViolation("countyId", "unknown"));
        }
    }

    static void required(String field, Object value, List<FieldViolation> violations) {
        if (value == null) {
            violations.add(new FieldViolation(field, "required"));
        }
    }

    static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    /**
     * The database said no: an organisation, province or county that does not exist (400 naming the field), or a
     * unique value already taken (409 naming {@code uniqueField}). The transaction has rolled back: nothing stored.
     */
    static Throwable refusal(Throwable e, String uniqueField) {
        if (!(e instanceof PgException pg) || pg.getConstraint() == null) {
            return e;
        }
        String constraint = pg.getConstraint();
        return switch (pg.getSqlState()) {
            case "23505" -> ApiException.conflict(ProblemType.ALREADY_EXISTS, uniqueField);
            case "23503" -> constraint.contains("organisation_id") ? ApiException.invalid("organisationId", "unknown")
                    : constraint.contains("region_province") ? ApiException.invalid("provinceCode", "unknown")
                            : constraint.contains("region_county") ? ApiException.invalid("countyId", "unknown") : e;
            default -> e;
        };
    }
}
