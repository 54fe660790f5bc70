package dev.trustmap.model.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter as people name it, {@code 2026-Q3}: July to September 2026, in UTC. A quarterly run is judged
 * as of the quarter's last second, {@code 2026-09-30T23:59:59Z}.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1970 || year > 9999) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
        }
    }

    /** {@code 2026-Q3} (also {@code 2026Q3}, {@code 2026-q3}); empty when the text names no quarter. */
    public static Optional<Quarter> parse(String text) {
        Matcher m = text == null ? null : NAME.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year < 1970 ? Optional.empty() : Optional.of(new Quarter(year, Integer.parseInt(m.group(2))));
    }

    /** The quarter an instant falls in, in UTC. */
    public static Quarter of(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day. */
    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The last day. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The first instant, 00:00:00 UTC of the first day. */
    public Instant start() {
        return firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last second, 23:59:59 UTC of the last day: the as-of of a quarterly run. */
    public Instant end() {
        return firstDay().plusMonths(3).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }

    /** Quarters counted from year 0, so that consecutive quarters have consecutive indexes. */
    public int index() {
        return year * 4 + number - 1;
    }

    public static Quarter ofIndex(int index) {
        return new Quarter(index / 4, index % 4 + 1);
    }

    /** The quarter {@code quarters} after this one (before it, when negative). */
    public Quarter plus(int quarters) {
        return ofIndex(index() + quarters);
    }

    public Quarter next() {
        return plus(1);
    }

    public Quarter previous() {
        return plus(-1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
