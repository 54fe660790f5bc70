package dev.trustmap.review;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.evidence.internal.ZipGuard;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A returned review: the workbook as the owner saved it, or its Review sheet exported as CSV. Only the review
 * sheet's columns are read, by their header names; formulas are noted, never evaluated; a workbook is checked
 * against zip bombs before it is opened, and a sheet longer than any campaign sent stops the read.
 */
final class ReturnedFile {

    /** A cell as returned: its text (a date in the Decommission by column as YYYY-MM-DD) and where it is. */
    record Value(String text, boolean formula, String cell) {
    }

    /** A row of the review sheet. */
    record Line(String file, String sheet, long row, Map<String, Value> cells) {

        Value get(String column) {
            return cells.get(column);
        }

        String text(String column) {
            Value value = cells.get(column);
            return value == null || value.text() == null ? "" : value.text().strip();
        }

        /** Where a column's cell is, for a message: {@code Review!Q7} or {@code line 7, Answer}. */
        String where(String column) {
            Value value = cells.get(column);
            String cell = value != null ? value.cell() : column;
            return sheet == null ? "line " + row + ", " + column : sheet + "!" + cell;
        }
    }

    private static final String NOT_OURS = "Return the workbook 'trustmap review send' wrote (any file name), or its"
            + " Review sheet saved as CSV; move anything else out of the returns folder.";

    private ReturnedFile() {
    }

    /**
     * Reads the review rows of a returned file.
     *
     * @param maxRows rows past which the read stops as bad input: more than any workbook of the campaign held
     */
    static List<Line> read(EvidenceFile file, long maxRows) {
        if (file.head().zip()) {
            return workbook(file, maxRows);
        }
        if (file.head().json() || !file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new InputException(new InputProblem(file.name(), "", "is neither an XLSX workbook nor a CSV file.",
                    NOT_OURS));
        }
        return csv(file, maxRows);
    }

    private static List<Line> workbook(EvidenceFile file, long maxRows) {
        ZipGuard.check(file.path(), file.name());
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.path().toFile())) {
            boolean date1904 = workbook.isDate1904();
            List<Sheet> sheets = workbook.getSheets().toList();
            // the Review sheet first, wherever it is; a renamed one is found by its header
            sheets = Stream.concat(sheets.stream().filter(s -> ReviewColumns.REVIEW_SHEET.equals(s.getName())),
                    sheets.stream().filter(s -> !ReviewColumns.REVIEW_SHEET.equals(s.getName()))).toList();
            for (Sheet sheet : sheets) {
                List<Line> lines = sheet(file.name(), sheet, date1904, maxRows);
                if (lines != null) {
                    return lines;
                }
            }
        } catch (IOException | ExcelReaderException e) {
            throw new InputException(new InputProblem(file.name(), "", "cannot be read as an XLSX workbook ("
                    + e.getMessage() + ").", "Open it in Excel or LibreOffice and save it again as .xlsx."));
        }
        throw new InputException(new InputProblem(file.name(), "", "has no review sheet: no sheet has the '"
                + ReviewColumns.KEY + "' and '" + ReviewColumns.ANSWER + "' columns.", NOT_OURS));
    }

    /** The sheet's rows, or null when its header is not a review header. */
    private static List<Line> sheet(String file, Sheet sheet, boolean date1904, long maxRows) throws IOException {
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> rows = stream.iterator();
            Map<Integer, String> columns = null;
            while (columns == null && rows.hasNext()) {
                Row first = rows.next();
                Map<Integer, String> found = new HashMap<>();
                for (int i = 0; i < first.getCellCount(); i++) {
                    Optional<Cell> cell = first.getOptionalCell(i);
                    Optional<String> name = cell.filter(c -> c.getType() == CellType.STRING)
                            .flatMap(c -> column(c.getRawValue()));
                    if (name.isPresent() && !found.containsValue(name.get())) {
                        found.put(i, name.get());
                    }
                }
                columns = found.isEmpty() ? null : found;
                if (columns != null && !(columns.containsValue(ReviewColumns.KEY)
                        && columns.containsValue(ReviewColumns.ANSWER))) {
                    return null;
                }
            }
            if (columns == null) {
                return null;
            }
            List<Line> lines = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                if (row.getRowNum() > maxRows + 1) {
                    throw tooLong(file, sheet.getName(), maxRows);
                }
                Map<String, Value> cells = new HashMap<>();
                for (Map.Entry<Integer, String> column : columns.entrySet()) {
                    Optional<Cell> cell = row.getOptionalCell(column.getKey());
                    if (cell.isPresent()) {
                        cells.put(column.getValue(), guarded(value(cell.get(), column.getValue(), date1904),
                                column.getValue()));
                    }
                }
                lines.add(new Line(file, sheet.getName(), row.getRowNum(), cells));
            }
            return lines;
        }
    }

    private static Optional<String> column(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String plain = header.strip();
        return ReviewColumns.ALL.stream().filter(c -> c.equalsIgnoreCase(plain)).findFirst();
    }

    private static Value value(Cell cell, String column, boolean date1904) {
        String where = cell.getAddress().toString();
        if (cell.getType() == CellType.FORMULA) {
            return new Value(cell.getFormula(), true, where);
        }
        if (cell.getType() == CellType.EMPTY) {
            return new Value(null, false, where);
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = (BigDecimal) cell.getValue();
            if (column.equals(ReviewColumns.DECOMMISSION_BY)) {
                return new Value(serialDate(number, date1904), false, where);
            }
            return new Value(number.stripTrailingZeros().toPlainString(), false, where);
        }
        return new Value(cell.getRawValue(), false, where);
    }

    /** A spreadsheet's day number as a date; the time of day, if any, is dropped. */
    static String serialDate(BigDecimal serial, boolean date1904) {
        long days = serial.longValue();
        LocalDate epoch = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
        return epoch.plusDays(days).toString();
    }

    private static List<Line> csv(EvidenceFile file, long maxRows) {
        List<Line> lines = new ArrayList<>();
        // Excel saves CSV with semicolons where the comma is the decimal mark: the header says which it is
        String header = file.head().firstLine();
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        try (CsvTable table = CsvTable.open(file, delimiter)) {
            if (!table.has(ReviewColumns.KEY) || !table.has(ReviewColumns.ANSWER)) {
                throw new InputException(new InputProblem(file.name(), table.headerWhere(), "is not a review sheet:"
                        + " the header lacks the '" + ReviewColumns.KEY + "' or '" + ReviewColumns.ANSWER
                        + "' column.", NOT_OURS));
            }
            for (CsvTable.Row row : table) {
                if (lines.size() >= maxRows) {
                    throw tooLong(file.name(), null, maxRows);
                }
                Map<String, Value> cells = new HashMap<>();
                for (String column : ReviewColumns.ALL) {
                    if (table.has(column)) {
                        String text = row.get(column);
                        // a CSV cannot hold a formula, but a spreadsheet opening it would evaluate one
                        boolean formula = text != null && text.startsWith("=")
                                && !ReviewColumns.FACTS.contains(column);
                        cells.put(column, guarded(new Value(text, formula, column), column));
                    }
                }
                lines.add(new Line(file.name(), null, row.line(), cells));
            }
        }
        return lines;
    }

    /**
     * The value with any secret typed into it replaced, as every input's values are: a token pasted into Reason never
     * reaches an output. The facts and the row key are compared with what was sent as written (an identity's id may
     * look random); a message quoting a changed fact guards it there.
     */
    private static Value guarded(Value value, String column) {
        return !ReviewColumns.ANSWERS.contains(column) || value.text() == null ? value
                : new Value(SecretGuard.text(value.text()), value.formula(), value.cell());
    }

    private static InputException tooLong(String file, String sheet, long maxRows) {
        return new InputException(new InputProblem(file, sheet == null ? "" : sheet, "has more than " + maxRows
                + " rows, more than any workbook of the campaign held.", NOT_OURS));
    }
}
