package org.hamyar.common;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Field checks shared by the features' validators; each adds named violations instead of throwing. */
public final class Checks {

    private static final Set<String> DAYS = Set.of("SATURDAY", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY",
            "THURSDAY", "FRIDAY");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private Checks() {
    }

    /** Whether a required list is present with min..max items; names the field otherwise. */
    public static boolean sized(String field, List<?> list, int min, int max, List<FieldViolation> errors) {
        String problem = list == null ? "required"
                : list.size() < min ? "too-few"
                        : list.size() > max ? "too-many"
                                : null;
        if (problem != null) {
            errors.add(new FieldViolation(field, problem));
        }
        return problem == null;
    }

    /** ISO 639-1 codes, lower-cased, each once; an absent list is empty when {@code min} is 0. */
    public static List<String> languages(String field, List<String> languages, int min, int max,
            List<FieldViolation> errors) {
        if (languages == null && min == 0) {
            return List.of();
        }
        if (!sized(field, languages, min, max, errors)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i) == null ? null : languages.get(i).trim().toLowerCase(Locale.ROOT);
            if (code == null || code.length() != 2 || !ISO_LANGUAGES.contains(code)) {
                errors.add(new FieldViolation(field + "[" + i + "]", "language"));
            } else if (out.contains(code)) {
                errors.add(new FieldViolation(field + "[" + i + "]", "duplicate"));
            } else {
                out.add(code);
            }
        }
        return out;
    }

    /** Normalised Persian text (Arabic letters and digits folded, spaces collapsed); null when absent. */
    public static String text(String field, String raw, boolean required, int max, List<FieldViolation> errors) {
        String text = PersianText.normaliseName(raw);
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(new FieldViolation(field, "required"));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(new FieldViolation(field, "too-long"));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            errors.add(new FieldViolation(field, "invalid"));
        }
        return text;
    }

    /** A value of an enumeration, case-insensitive, upper-cased; null when absent. */
    public static String oneOf(String field, String raw, Set<String> allowed, boolean required,
            List<FieldViolation> errors) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(new FieldViolation(field, "required"));
            }
            return null;
        }
        String value = raw.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            errors.add(new FieldViolation(field, "invalid"));
            return null;
        }
        return value;
    }

    /** Weekly slots with valid days and times, each ending after it starts. */
    public static List<WeeklySlot> weeklySlots(String field, List<WeeklySlot> slots, int max,
            List<FieldViolation> errors) {
        if (!sized(field, slots, 0, max, errors)) {
            return List.of();
        }
        List<WeeklySlot> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            WeeklySlot slot = slots.get(i);
            String at = field + "[" + i + "]";
            if (slot == null) {
                errors.add(new FieldViolation(at, "required"));
                continue;
            }
            String day = slot.day() == null ? null : slot.day().trim().toUpperCase(Locale.ROOT);
            if (day == null) {
                errors.add(new FieldViolation(at + ".day", "required"));
            } else if (!DAYS.contains(day)) {
                errors.add(new FieldViolation(at + ".day", "day"));
            }
            LocalTime from = time(at + ".from", slot.from(), errors);
            LocalTime to = time(at + ".to", slot.to(), errors);
            if (from != null && to != null && !from.isBefore(to)) {
                errors.add(new FieldViolation(at + ".to", "time-order"));
            }
            out.add(new WeeklySlot(day, from == null ? null : from.toString(), to == null ? null : to.toString()));
        }
        return out;
    }

    private static LocalTime time(String field, String raw, List<FieldViolation> errors) {
        if (raw == null) {
            errors.add(new FieldViolation(field, "required"));
            return null;
        }
        String s = PersianText.asciiDigits(raw.trim());
        if (!HH_MM.matcher(s).matches()) {
            errors.add(new FieldViolation(field, "time"));
            return null;
        }
        return LocalTime.parse(s);
    }
}
