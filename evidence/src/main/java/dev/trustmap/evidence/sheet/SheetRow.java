package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.format.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * One data row of a CSV file or a worksheet, read by header name (case-insensitive). Values are text (CSV),
 * or what an XLSX cell holds: text, a number (dates are serial numbers), a boolean, a formula's saved result.
 */
public final class SheetRow {

    /** An XLSX cell holding an error such as {@code #REF!}. */
    record CellError(String code) {
    }

    /** An XLSX formula cell with no saved result (written by a library that does not compute formulas). */
    record NoResult(String formula) {
    }

    /** Excel's last date, 9999-12-31, as a serial number of days (plus one: times on that day are fine). */
    private static final double LAST_SERIAL = 2_958_466;
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0");

    private final SheetTable table;
    private final long number;
    private final Object[] values;

    SheetRow(SheetTable table, long number, Object[] values) {
        this.table = table;
        this.number = number;
        this.values = values;
    }

    /** The CSV line the row starts on, or the worksheet row number (1-based). */
    public long number() {
        return number;
    }

    /** Where a cell is, for messages: {@code line 7} (CSV) or {@code Inventory!F7} (XLSX). */
    public String where(String column) {
        return table.where(column, number);
    }

    boolean blank() {
        for (Object value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The raw value, or null when the column is missing or the cell empty. */
    Object raw(String column) {
        int i = table.index(column);
        return i < 0 || i >= values.length ? null : values[i];
    }

    /** The cell as trimmed text; null when empty or {@code N/A}. Numbers are written plainly (no exponent). */
    public String text(String column) {
        Object value = raw(column);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        if (value instanceof CellError error) {
            if ("#N/A".equals(error.code())) {
                return null;
            }
            throw new CellException(column, column + " holds the spreadsheet error " + error.code() + ".",
                    "Correct the formula, or type the value.");
        }
        if (value instanceof NoResult formula) {
            throw new CellException(column, column + " holds the formula =" + formula.formula()
                    + " with no saved result.", "Open the workbook in Excel or LibreOffice and save it, so the "
                    + "result is stored, or type the value.");
        }
        String text = value.toString();
        // trustmap's flat CSV (and careful exporters) write '=x for a cell starting = + - @ tab CR: undo it.
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        text = text.strip();
        return text.isEmpty() || text.equalsIgnoreCase("n/a") ? null : text;
    }

    /** The cell as a UTC instant: ISO-8601 text (a date alone is 00:00 UTC) or an Excel date; null when empty. */
    public Instant time(String column) {
        Object value = raw(column);
        if (value instanceof BigDecimal serial) {
            double days = serial.doubleValue() + (table.date1904() ? 1462 : 0);
            if (days < 1 || days >= LAST_SERIAL) {
                throw new CellException(column, "expected a date in " + column + ", found the number "
                        + text(column) + ".", "Format the cell as a date, or write 2026-03-31 as text.");
            }
            return Timestamps.fromExcelSerial(days);
        }
        String text = text(column);
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new CellException(column, "expected an ISO-8601 date or date-time in " + column + ", found '"
                    + text + "'.", "Write it as 2026-03-31 or 2026-03-31T14:00:00Z, or leave it empty.");
        }
    }

    /** The cell as a date for messages and records: {@code 2026-03-31}, or the instant when it has a time. */
    public String dateText(String column) {
        if (raw(column) instanceof BigDecimal) {
            Instant instant = time(column);
            return instant.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? instant.atOffset(ZoneOffset.UTC).toLocalDate().toString() : instant.toString();
        }
        return text(column);
    }

    /** The cell as a boolean: true/false, yes/no, y/n, 1/0 (any case); null when empty. */
    public Boolean bool(String column) {
        if (raw(column) instanceof Boolean bool) {
            return bool;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        String key = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(key)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(key)) {
            return Boolean.FALSE;
        }
        throw new CellException(column, "expected true or false in " + column + ", found '" + text + "'.",
                "Write true/false, yes/no, y/n or 1/0, or leave it empty.");
    }

    /** The cell as a whole number; null when empty. */
    public Long integer(String column) {
        Object value = raw(column);
        String text = text(column);
        try {
            if (value instanceof BigDecimal number) {
                return number.longValueExact();
            }
            return text == null ? null : Long.valueOf(text);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CellException(column, "expected a whole number in " + column + ", found '" + text + "'.",
                    "Write a number of seconds such as 3600, or leave it empty.");
        }
    }
}
