package dev.trustmap.reports.oscal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Instants as OSCAL's {@code date-time-with-timezone}, and the dates of the inputs as instants. */
final class OscalTime {

    /** OSCAL's date-time pattern admits the years 1900 to 2999 only. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private OscalTime() {
    }

    /**
     * The instant in UTC with a {@code Z} and whole seconds at least ({@code 2026-09-30T23:59:59Z}), or null when
     * OSCAL cannot write its year (a "never expires" 9999-12-31, say): the field is then left out.
     */
    static String of(Instant instant) {
        if (instant == null) {
            return null;
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year < FIRST_YEAR || year > LAST_YEAR ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** A validity or expiry date holds through its whole day (as exceptions and attestations are read). */
    static Instant endOf(LocalDate date) {
        return date == null ? null : date.atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
    }

    static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * Where the period began: the first instant of the quarter the label names ({@code 2026-Q3}: 1 July 2026, UTC)
     * when it does not begin after the as-of instant; otherwise, or for a label that is not a quarter, the first
     * instant of the quarter the as-of instant falls in.
     */
    static Instant periodStart(String period, Instant asOf) {
        Matcher quarter = QUARTER.matcher(period == null ? "" : period.strip());
        if (quarter.matches()) {
            Instant start = quarterStart(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            if (!start.isAfter(asOf)) {
                return start;
            }
        }
        LocalDate date = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        return quarterStart(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    private static Instant quarterStart(int year, int quarter) {
        return startOf(LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
    }
}
