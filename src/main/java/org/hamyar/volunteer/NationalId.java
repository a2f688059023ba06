package org.hamyar.volunteer;

import org.hamyar.common.InvalidValueException;
import org.hamyar.common.PersianText;

/** An Iranian national ID (کد ملی): ten digits with a mod-11 check digit. */
public final class NationalId {

    private final String digits;

    private NationalId(String digits) {
        this.digits = digits;
    }

    /** Accepts Persian or Arabic-Indic digits, surrounding spaces and dashes; 8 or 9 digits are left-padded. */
    public static NationalId parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("required");
        }
        String s = PersianText.asciiDigits(raw).replace("-", "").replace(" ", "").trim();
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("invalid");
        }
        if (s.length() < 8 || s.length() > 10) {
            throw new InvalidValueException("length");
        }
        String padded = "0".repeat(10 - s.length()) + s;
        if (padded.chars().distinct().count() == 1) {
            throw new InvalidValueException("same-digits");
        }
        if (!checksumHolds(padded)) {
            throw new InvalidValueException("checksum");
        }
        return new NationalId(padded);
    }

    static boolean checksumHolds(String tenDigits) {
        return tenDigits.charAt(9) - '0' == checkDigit(tenDigits.substring(0, 9));
    }

    /** s = Σ d_i·(10−i) over the first nine digits, r = s mod 11: the check digit is r below 2, else 11 − r. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }

    public String value() {
        return digits;
    }

    /** Only the last three digits show. */
    public String masked() {
        return "*******" + digits.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
