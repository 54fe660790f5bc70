package dev.trustmap.reports.render.xlsx;

import dev.trustmap.model.text.IsoTimes;
import dev.trustmap.model.text.SpreadsheetCell;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes one value into one cell as its real type: text neutralised so that it never runs as a formula, dates as
 * date serials, numbers as numbers, booleans as booleans. Each write returns how many characters the cell shows, so
 * column widths can follow the content.
 */
final class CellValues {

    /** The most characters a cell holds; longer text is cut and ends with an ellipsis. */
    static final int MAX_TEXT = 32_767;

    private static final int FIRST_EXCEL_YEAR = 1900;
    private static final int LAST_EXCEL_YEAR = 9999;
    /** Excel's day number of 1970-01-01, and the first day it numbers correctly. */
    private static final long EPOCH_SERIAL = 25_569;
    private static final LocalDate MARCH_1900 = LocalDate.of(1900, 3, 1);
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final WorkbookStyles styles;

    CellValues(WorkbookStyles styles) {
        this.styles = styles;
    }

    /** Text from an input: neutralised, stripped of characters XML cannot carry, cut to the cell limit. */
    int text(Cell cell, String value) {
        return text(cell, value, styles.text);
    }

    int text(Cell cell, String value, CellStyle style) {
        if (value == null) {
            return 0;
        }
        String safe = safe(value);
        cell.setCellValue(safe);
        cell.setCellStyle(style);
        return longestLine(safe);
    }

    /** Whole numbers with the integer style, fractions with one decimal; null leaves the cell blank. */
    int number(Cell cell, Number value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            cell.setCellValue(d);
            cell.setCellStyle(styles.decimal);
            return oneDecimal(d).length();
        }
        long l = value.longValue();
        cell.setCellValue(l);
        cell.setCellStyle(styles.integer);
        return Long.toString(l).length();
    }

    /** Neutralised (formula characters), XML-safe, at most {@link #MAX_TEXT} characters. */
    static String safe(String value) {
        String neutral = SpreadsheetCell.neutralise(value);
        StringBuilder out = null;
        for (int i = 0; i < neutral.length(); i++) {
            char c = neutral.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(neutral.length()).append(neutral, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        String clean = out == null ? neutral : out.toString();
        if (clean.length() > MAX_TEXT) {
            int cut = MAX_TEXT - 1;
            if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
                cut--;
            }
            clean = clean.substring(0, cut) + "…";
        }
        return clean;
    }

    /** A date only ({@code 2026-09-30}); null when the value is anything else. */
    static LocalDate parseDate(String value) {
        if (value.length() != 10) {
            return null;
        }
        try {
            return IsoTimes.parseDay(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An instant, an offset date-time or a local date-time, as the UTC wall clock; null when none fits. */
    static LocalDateTime parseDateTime(String value) {
        if (value.length() < 16 || value.charAt(10) != 'T') {
            return null;
        }
        try {
            return LocalDateTime.ofInstant(IsoTimes.parseInstant(value), ZoneOffset.UTC);
        } catch (DateTimeException e) {
            // not an instant: try the other ISO shapes
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeException e) {
            // not with an offset either
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date as Excel's day number: 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was. */
    static long serial(LocalDate day) {
        return day.toEpochDay() + (day.isBefore(MARCH_1900) ? EPOCH_SERIAL - 1 : EPOCH_SERIAL);
    }

    /** A date and time as Excel's day number and fraction of the day. */
    static double serial(LocalDateTime time) {
        return serial(time.toLocalDate()) + time.toLocalTime().toNanoOfDay() / (double) NANOS_PER_DAY;
    }

    /** A number as a cell with one decimal shows it. */
    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static boolean inExcelRange(int year) {
        return year >= FIRST_EXCEL_YEAR && year <= LAST_EXCEL_YEAR;
    }

    static int longestLine(String value) {
        if (value.indexOf('\n') < 0) {
            return value.length(); // nearly every cell: one line
        }
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}
