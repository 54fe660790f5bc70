package dev.trustmap.evidence.format;

import dev.trustmap.model.text.IsoTimes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times exports write, in all their forms, as UTC instants. A value that means "no date" gives null;
 * a value that is not a time at all throws {@link DateTimeParseException}.
 */
public final class Timestamps {

    /** Values the exports write for "no date": AWS {@code N/A}, {@code no_information}, {@code not_supported}. */
    private static final Set<String> NO_DATE = Set.of("", "n/a", "na", "no_information", "not_supported", "null",
            "none", "-", "never");

    private static final int LONGEST_NO_DATE = NO_DATE.stream().mapToInt(String::length).max().orElseThrow();

    /** gitleaks v7 writes the zero time for directory scans. */
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    // Microsoft's own examples write offsets like -8:00, which java.time rejects.
    private static final Pattern SHORT_OFFSET = Pattern.compile("([+-])(\\d):(\\d\\d)$");
    // git and trufflehog write "2022-06-16 10:17:40 -0700 -0700": a space and an offset without a colon, twice.
    private static final Pattern GIT_OFFSET = Pattern.compile("^(\\S+)[ T](\\S+) ([+-]\\d\\d):?(\\d\\d)(?: .*)?$");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");

    /** 9999-12-31T23:59:59Z: no export means a later time, and java.time would overflow on some. */
    private static final BigDecimal LAST_EPOCH_SECOND = BigDecimal.valueOf(253_402_300_799L);

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private Timestamps() {
    }

    /** True when the raw value is one of the exports' ways of writing "no date". */
    public static boolean isNoDate(String raw) {
        if (raw == null) {
            return true;
        }
        String value = raw.strip();
        // every "no date" word is short: a time is not lowered and looked up
        return value.length() <= LONGEST_NO_DATE && NO_DATE.contains(value.toLowerCase(Locale.ROOT))
                || ZERO_TIME.equals(value);
    }

    /**
     * Parses ISO-8601 with an offset or {@code Z}, with a space for the {@code T}, with 7-digit fractions, with
     * one-digit hour offsets; a zone-less date-time is UTC; a date alone is 00:00 UTC.
     *
     * @return the instant, or null for a value meaning "no date"
     */
    public static Instant parse(String raw) {
        if (isNoDate(raw)) {
            return null;
        }
        String value = raw.strip();
        Instant common = commonForm(value);
        if (common != null) {
            return common;
        }
        Matcher git = GIT_OFFSET.matcher(value);
        if (git.matches()) {
            value = git.group(1) + "T" + git.group(2) + git.group(3) + ":" + git.group(4);
        }
        value = value.replace(' ', 'T');
        Matcher shortOffset = SHORT_OFFSET.matcher(value);
        if (shortOffset.find()) {
            value = shortOffset.replaceFirst("$10$2:$3");
        }
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value.endsWith("Z") || value.endsWith("z")) {
            return OffsetDateTime.parse(value.substring(0, value.length() - 1) + "+00:00",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        if (hasOffset(value)) {
            Matcher compact = COMPACT_OFFSET.matcher(value);
            if (compact.find() && !value.substring(value.length() - 6).contains(":")) {
                value = compact.replaceFirst("$1:$2");
            }
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        return LocalDateTime.parse(value, LOCAL).toInstant(ZoneOffset.UTC);
    }

    /**
     * The two forms most files use, {@code 2026-09-30} and {@code 2026-09-30T23:59:59Z}, read digit by digit: on a
     * million-row sheet the general path below costs a third of the import. Null for any other form.
     */
    private static Instant commonForm(String value) {
        LocalDate day = IsoTimes.day(value);
        if (day != null) {
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        LocalDateTime utc = IsoTimes.utcSeconds(value);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static boolean hasOffset(String value) {
        int t = value.indexOf('T');
        if (t < 0) {
            return false;
        }
        String time = value.substring(t);
        return time.contains("+") || time.contains("-");
    }

    /** Epoch seconds (Vault {@code creation_time}); null for zero or negative. */
    public static Instant fromEpochSeconds(long seconds) {
        return seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
    }

    /**
     * Epoch seconds with a fraction, as AWS CLI v1 prints the times of JSON-protocol services
     * ({@code 1523477145.729}), to the nanosecond; null for zero or negative.
     *
     * @throws DateTimeParseException for a value past the year 9999
     */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        if (seconds.signum() <= 0) {
            return null;
        }
        if (seconds.compareTo(LAST_EPOCH_SECOND) > 0) {
            throw new DateTimeParseException("epoch seconds past the year 9999", seconds.toPlainString(), 0);
        }
        BigDecimal nanos = seconds.remainder(BigDecimal.ONE).movePointRight(9).setScale(0, RoundingMode.HALF_UP);
        return Instant.ofEpochSecond(seconds.longValue()).plusNanos(nanos.longValue());
    }

    /** Epoch milliseconds (SSL Labs {@code notBefore}); null for zero or negative. */
    public static Instant fromEpochMillis(long millis) {
        return millis <= 0 ? null : Instant.ofEpochMilli(millis);
    }

    /** Days since 1899-12-30 (an Excel serial date, fractions being the time of day), as UTC. */
    public static Instant fromExcelSerial(double serial) {
        long millis = Math.round((serial - 25569.0) * 86_400_000.0);
        return Instant.ofEpochMilli(millis);
    }
}
