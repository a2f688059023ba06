package org.hamyar.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.hamyar.common.Tehran;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Dates and numbers as a page shows them: the Solar Hijri calendar and Persian digits in Persian (1403/09/04 as
 * ۱۴۰۳/۰۹/۰۴), the Gregorian calendar and ASCII digits in English. The conversion is ICU4J's.
 */
public final class Jalali {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final List<String> MONTHS_FA = List.of(
            new DateFormatSymbols(PersianCalendar.class, new ULocale("fa")).getMonths());
    /** ICU's English names of the Persian months (Farvardin, …). */
    private static final List<String> MONTHS_EN = List.of(
            new DateFormatSymbols(PersianCalendar.class, ULocale.ENGLISH).getMonths());

    /** A Solar Hijri date as year, month (1–12) and day. */
    public record Date(int year, int month, int day) {
    }

    private Jalali() {
    }

    public static Date of(LocalDate gregorian) {
        PersianCalendar c = new PersianCalendar(UTC, PERSIAN);
        c.setTimeInMillis(gregorian.toEpochDay() * 86_400_000L);
        return new Date(c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
    }

    /** Null when the day does not exist in that month and year (say, the 31st of Mehr, or 30 Esfand of a non-leap year). */
    public static LocalDate toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) {
            return null;
        }
        PersianCalendar c = new PersianCalendar(UTC, PERSIAN);
        c.setLenient(false);
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, year);
        c.set(Calendar.MONTH, month - 1);
        c.set(Calendar.DAY_OF_MONTH, day);
        try {
            long epochDay = Math.floorDiv(c.getTimeInMillis(), 86_400_000L);
            return LocalDate.ofEpochDay(epochDay);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static List<String> monthNames(Lang lang) {
        return lang.persian() ? MONTHS_FA : MONTHS_EN;
    }

    /** ۱۴۰۳/۰۹/۰۴ in Persian, 2024-11-24 in English. */
    public static String date(LocalDate day, Lang lang) {
        if (day == null) {
            return "";
        }
        if (!lang.persian()) {
            return day.toString();
        }
        Date d = of(day);
        return digits(String.format(Locale.ROOT, "%04d/%02d/%02d", d.year(), d.month(), d.day()), lang);
    }

    /** The date and time in Tehran: ۱۴۰۳/۰۹/۰۴ ۱۶:۳۰ in Persian, 2024-11-24 16:30 in English. */
    public static String dateTime(OffsetDateTime at, Lang lang) {
        if (at == null) {
            return "";
        }
        var local = at.atZoneSameInstant(Tehran.ZONE);
        return date(local.toLocalDate(), lang) + " "
                + digits(local.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)), lang);
    }

    /** ASCII digits as Persian digits in Persian; unchanged in English. */
    public static String digits(String text, Lang lang) {
        if (text == null || !lang.persian()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            out.append(ch >= '0' && ch <= '9' ? (char) ('۰' + (ch - '0')) : ch);
        }
        return out.toString();
    }

    /** A count with grouping, in the page's digits: ۱۲٬۳۴۵ or 12,345. */
    public static String number(long n, Lang lang) {
        return NumberFormat.getIntegerInstance(lang.persian() ? new ULocale("fa") : ULocale.ENGLISH).format(n);
    }
}
