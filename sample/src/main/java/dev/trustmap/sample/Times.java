package dev.trustmap.sample;

import java.time.LocalDate;

/**
 * Writes epoch seconds in the forms the exports use. Hand-written rather than through {@code java.time}'s
 * formatters because the inventory sheet writes millions of them.
 */
final class Times {

    private Times() {
    }

    /** {@code 2026-09-30T23:59:59Z}. */
    static String iso(long epochSecond) {
        return appendIso(new StringBuilder(20), epochSecond).toString();
    }

    static StringBuilder appendIso(StringBuilder text, long epochSecond) {
        appendDateTime(text, epochSecond, 'T');
        return text.append('Z');
    }

    /** {@code 2026-09-30}. */
    static String date(long epochSecond) {
        return appendDate(new StringBuilder(10), epochSecond).toString();
    }

    static StringBuilder appendDate(StringBuilder text, long epochSecond) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, Timeline.DAY));
        pad(text, date.getYear(), 4).append('-');
        pad(text, date.getMonthValue(), 2).append('-');
        return pad(text, date.getDayOfMonth(), 2);
    }

    /** {@code 2026-09-30T23:59:59+00:00}: the AWS credential report. */
    static String awsTime(long epochSecond) {
        StringBuilder text = new StringBuilder(25);
        appendDateTime(text, epochSecond, 'T');
        return text.append("+00:00").toString();
    }

    /** {@code 2026-09-30T23:59:59.0580414Z}: Microsoft Graph's seven-digit fractions. */
    static String graphTime(long epochSecond, int tenthsOfMicros) {
        StringBuilder text = new StringBuilder(28);
        appendDateTime(text, epochSecond, 'T').append('.');
        return pad(text, tenthsOfMicros, 7).append('Z').toString();
    }

    /** {@code 2026-09-30T16:59:59.000-07:00}: GitHub's times, in the zone of the organisation's API region. */
    static String githubTime(long epochSecond, int offsetHours) {
        StringBuilder text = new StringBuilder(29);
        appendDateTime(text, epochSecond + offsetHours * Timeline.HOUR, 'T').append(".000");
        text.append(offsetHours < 0 ? '-' : '+');
        return pad(text, Math.abs(offsetHours), 2).append(":00").toString();
    }

    /** {@code 2026-09-30T23:59:59.123456789Z}: Vault's issue_time. */
    static String nanoTime(long epochSecond, int nanos) {
        StringBuilder text = new StringBuilder(30);
        appendDateTime(text, epochSecond, 'T').append('.');
        return pad(text, nanos, 9).append('Z').toString();
    }

    private static StringBuilder appendDateTime(StringBuilder text, long epochSecond, char separator) {
        appendDate(text, epochSecond).append(separator);
        long second = Math.floorMod(epochSecond, Timeline.DAY);
        pad(text, (int) (second / 3600), 2).append(':');
        pad(text, (int) (second / 60 % 60), 2).append(':');
        return pad(text, (int) (second % 60), 2);
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
