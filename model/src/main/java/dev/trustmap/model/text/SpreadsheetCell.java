package dev.trustmap.model.text;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps a value that came from an input from running as a formula when a spreadsheet opens a CSV or XLSX:
 * a cell starting with {@code = + - @}, tab or carriage return is prefixed with an apostrophe.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** UTF-8's byte-order mark: a CSV file meant for spreadsheets starts with it, so they read it as UTF-8. */
    public static final String BOM = "\uFEFF";

    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT);

    /**
     * A value as a CSV cell: numbers and booleans as written (a spreadsheet reads them as numbers), instants in one
     * form, to the second in UTC ({@code 2026-09-12T10:00:00Z}), and only text neutralised against formulas; null is
     * an empty cell.
     */
    public static String csv(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (IsoTimes.utcSeconds(text) != null) {
            return text; // already in the one form
        }
        if (looksLikeInstant(text) && INSTANT.matcher(text).matches()) {
            return SECONDS.format(OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS)
                    .atOffset(ZoneOffset.UTC));
        }
        return neutralise(text);
    }

    /** The shape of an instant at its fixed places, checked before the pattern (most cells are not instants). */
    private static boolean looksLikeInstant(String text) {
        return text.length() >= 17 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T';
    }

    /**
     * The value as it was before {@link #neutralise}: the apostrophe that kept it from running as a formula is
     * dropped; null stays null. (A value that began with an apostrophe before one of those characters reads back
     * without it: the one case the two cannot tell apart.)
     */
    public static String plain(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    /** The value, neutralised if a spreadsheet would evaluate it; null stays null. */
    public static String neutralise(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
