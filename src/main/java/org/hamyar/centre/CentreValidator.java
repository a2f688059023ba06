package org.hamyar.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hamyar.common.ApiException;
import org.hamyar.common.Checks;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.PersianText;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Checks and normalises a centre; every bad field is named at once. */
final class CentreValidator {

    static final Set<String> TYPES = Set.copyOf(CentreRequest.TYPES);
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    // Iran's extent with a margin: coordinates outside it are typos (swapped lat/lon, a missing minus sign).
    private static final double MIN_LAT = 24, MAX_LAT = 40.5, MIN_LON = 43.5, MAX_LON = 64;
    private static final int MAX_NAME = 200, MAX_ADDRESS = 500, MAX_CAPACITY = 100_000, MAX_SLOTS = 21;

    private CentreValidator() {
    }

    static CentreRequest validate(CentreRequest r) {
        if (r == null) {
            throw ApiException.invalid("body", "required");
        }
        List<FieldViolation> errors = new ArrayList<>();
        String type = Checks.oneOf("type", r.type(), TYPES, true, errors);
        String nameFa = Checks.text("nameFa", r.nameFa(), true, MAX_NAME, errors);
        String nameEn = Checks.text("nameEn", r.nameEn(), false, MAX_NAME, errors);
        String address = Checks.text("address", r.address(), true, MAX_ADDRESS, errors);
        if (r.neighbourhoodId() == null) {
            errors.add(new FieldViolation("neighbourhoodId", "required"));
        }
        coordinate("lat", r.lat(), MIN_LAT, MAX_LAT, errors);
        coordinate("lon", r.lon(), MIN_LON, MAX_LON, errors);
        if (r.capacity() != null && (r.capacity() < 0 || r.capacity() > MAX_CAPACITY)) {
            errors.add(new FieldViolation("capacity", "range"));
        }
        var hours = Checks.weeklySlots("openingHours", r.openingHours() == null ? List.of() : r.openingHours(),
                MAX_SLOTS, errors);
        CentreRequest.Contact contact = contact(r.contact(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new CentreRequest(type, nameFa, nameEn, address, r.neighbourhoodId(), r.lat(), r.lon(), r.capacity(),
                hours, contact);
    }

    private static void coordinate(String field, Double value, double min, double max, List<FieldViolation> errors) {
        if (value == null) {
            errors.add(new FieldViolation(field, "required"));
        } else if (value.isNaN() || value < min || value > max) {
            errors.add(new FieldViolation(field, "range"));
        }
    }

    private static CentreRequest.Contact contact(CentreRequest.Contact c, List<FieldViolation> errors) {
        if (c == null) {
            return new CentreRequest.Contact(null, null);
        }
        String phone = null;
        if (c.phone() != null && !c.phone().isBlank()) {
            try {
                var number = PHONES.parse(PersianText.asciiDigits(c.phone().trim()), "IR");
                if (PHONES.isValidNumber(number)) {
                    phone = PHONES.format(number, PhoneNumberFormat.E164);
                } else {
                    errors.add(new FieldViolation("contact.phone", "phone"));
                }
            } catch (NumberParseException e) {
                errors.add(new FieldViolation("contact.phone", "phone"));
            }
        }
        String email = c.email() == null || c.email().isBlank() ? null : c.email().trim();
        if (email != null && (email.length() > MAX_NAME || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldViolation("contact.email", "email"));
        }
        return new CentreRequest.Contact(phone, email);
    }
}
