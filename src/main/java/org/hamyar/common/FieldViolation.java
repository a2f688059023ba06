package org.hamyar.common;

/** A rejected input field, before localisation: {@code field} is a JSON path such as {@code skills[0].level}. */
public record FieldViolation(String field, String code) {
}
