package org.hamyar.volunteer;

import org.hamyar.common.InvalidValueException;
import org.hamyar.common.PersianText;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** An Iranian mobile number, kept in E.164 (+989XXXXXXXXX). */
public final class MobileNumber {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final int IRAN = 98;

    private final String e164;

    private MobileNumber(String e164) {
        this.e164 = e164;
    }

    /** Accepts 09…, +989…, 00989…, 989…, with Persian or Arabic-Indic digits. */
    public static MobileNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("required");
        }
        String s = PersianText.asciiDigits(raw).trim();
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        } else if (s.startsWith("98")) {
            s = "+" + s;
        }
        try {
            PhoneNumber number = PHONES.parse(s, "IR");
            if (number.getCountryCode() != IRAN || !PHONES.isValidNumber(number)
                    || PHONES.getNumberType(number) != PhoneNumberType.MOBILE) {
                throw new InvalidValueException("mobile");
            }
            return new MobileNumber(PHONES.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidValueException("mobile");
        }
    }

    public String e164() {
        return e164;
    }

    /** Country code, the leading 9 and the last four digits show: +989*****4567. */
    public String masked() {
        return e164.substring(0, 4) + "*****" + e164.substring(e164.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
