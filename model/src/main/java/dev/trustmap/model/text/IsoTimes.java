package dev.trustmap.model.text;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The two shapes of time trustmap itself writes, read without a formatter: a day ({@code 2026-09-30}) and an instant
 * to the second in UTC ({@code 2026-09-30T23:59:59Z}). Reports look at every cell of millions of rows to see whether
 * it is a date, and the JDK's parsers build a map of fields for each try; these read the digits where they stand.
 * Anything else (other offsets, fractions, a sign on the year, a leap second) gives null, and the caller goes on
 * to the JDK's parsers, which then decide exactly as before.
 */
public final class IsoTimes {

    private static final long SECONDS_PER_DAY = 86_400;
    /** 1000-01-01T00:00:00Z and 10000-01-01T00:00:00Z, in seconds from the epoch. */
    private static final long YEAR_1000 = LocalDate.of(1000, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long YEAR_10000 = LocalDate.of(9999, 12, 31).toEpochDay() * SECONDS_PER_DAY + SECONDS_PER_DAY;

    private IsoTimes() {
    }

    /** {@code uuuu-MM-dd}, a real day; else null. */
    public static LocalDate day(String text) {
        if (text.length() != 10 || !dayShape(text)) {
            return null;
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code uuuu-MM-ddTHH:mm:ssZ}, a real time; else null. */
    public static LocalDateTime utcSeconds(String text) {
        if (text.length() != 20 || !dayShape(text) || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(19) != 'Z' || !allDigits(text, 11, 13)
                || !allDigits(text, 14, 16) || !allDigits(text, 17, 19)) {
            return null;
        }
        try {
            return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2),
                    digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** As {@link LocalDate#parse(CharSequence)}, quicker for {@code uuuu-MM-dd}. */
    public static LocalDate parseDay(String text) {
        LocalDate day = day(text);
        return day != null ? day : LocalDate.parse(text);
    }

    /** As {@link Instant#parse(CharSequence)}, quicker for {@code uuuu-MM-ddTHH:mm:ssZ}. */
    public static Instant parseInstant(String text) {
        LocalDateTime utc = utcSeconds(text);
        return utc != null ? utc.toInstant(ZoneOffset.UTC) : Instant.parse(text);
    }

    /** As {@link Instant#toString()}, quicker for a whole second of the years 1000 to 9999. */
    public static String text(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < YEAR_1000 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int second = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        byte[] text = new byte[20];
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, second / 3600, 2);
        text[13] = ':';
        put(text, 14, second / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, second % 60, 2);
        text[19] = 'Z';
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void put(byte[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static boolean dayShape(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && allDigits(text, 0, 4) && allDigits(text, 5, 7)
                && allDigits(text, 8, 10);
    }

    /** True when the characters from {@code start} to before {@code end} are all ASCII digits. */
    private static boolean allDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
