package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.ZipGuard;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook read sheet by sheet with fastexcel: each sheet's first non-blank row is its header, the rows
 * below stream one at a time. Opened from the file (fastexcel's InputStream constructor loads the whole file).
 */
public final class XlsxWorkbook implements Closeable {

    /** Excel's error values; a formula whose saved result is one of them is an error, not text. */
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");

    private final String file;
    private final ReadableWorkbook workbook;

    private XlsxWorkbook(String file, ReadableWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
    }

    /** Opens the workbook; a file that is not XLSX throws naming the file. */
    public static XlsxWorkbook open(EvidenceFile file) {
        ZipGuard.check(file.path(), file.name());
        try {
            return new XlsxWorkbook(file.name(), new ReadableWorkbook(file.path().toFile()));
        } catch (IOException | RuntimeException e) {
            throw new InputException(new InputProblem(file.name(), "", "cannot be read as an XLSX workbook ("
                    + e.getMessage() + ").",
                    "Save it from Excel or LibreOffice as .xlsx (Excel Workbook), or as CSV."));
        }
    }

    /** The sheet names, in workbook order. */
    public List<String> sheetNames() {
        return workbook.getSheets().map(Sheet::getName).toList();
    }

    /** Opens one sheet as a table positioned after its header row; the caller closes it. */
    public SheetTable table(String sheetName) {
        Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
        Stream<Row> stream;
        try {
            stream = sheet.openStream();
        } catch (IOException | ExcelReaderException e) {
            throw unreadable(sheetName, e);
        }
        try {
            Iterator<Row> rows = stream.iterator();
            List<String> headers = new ArrayList<>();
            long headerRow = 1;
            while (headers.isEmpty() && rows.hasNext()) {
                Row first = rows.next();
                headerRow = first.getRowNum();
                Object[] cells = values(first);
                for (Object cell : cells) {
                    headers.add(cell == null || cell instanceof SheetRow.CellError
                            || cell instanceof SheetRow.NoResult ? "" : text(cell));
                }
                if (headers.stream().allMatch(String::isBlank)) {
                    headers.clear();
                }
            }
            SheetTable table = SheetTable.xlsx(file, sheetName, headers, workbook.isDate1904(), headerRow);
            table.feed(new Iterator<>() {
                private long last = 1;

                @Override
                public boolean hasNext() {
                    try {
                        return rows.hasNext();
                    } catch (ExcelReaderException e) {
                        throw unreadable(sheetName + " after row " + last, e);
                    }
                }

                @Override
                public SheetTable.RawRow next() {
                    Row row = rows.next();
                    last = row.getRowNum();
                    return new SheetTable.RawRow(last, values(row));
                }
            }, stream::close);
            return table;
        } catch (RuntimeException e) {
            stream.close();
            throw e instanceof ExcelReaderException ? unreadable(sheetName, e) : e;
        }
    }

    /** The header names of one sheet (empty for an empty sheet), without reading further. */
    public List<String> headers(String sheetName) {
        try (SheetTable table = table(sheetName)) {
            return table.headers();
        }
    }

    private InputException unreadable(String where, Exception e) {
        return new InputException(new InputProblem(file, where, "the sheet cannot be read (" + e.getMessage()
                + ").", "Open the workbook in Excel or LibreOffice and save it again as .xlsx."));
    }

    private static Object[] values(Row row) {
        Object[] values = new Object[row.getCellCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getOptionalCell(i).map(XlsxWorkbook::value).orElse(null);
        }
        return values;
    }

    private static Object value(Cell cell) {
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> null;
            case ERROR -> new SheetRow.CellError(cell.getRawValue());
            // A formula's saved result is its value; none at all means nothing computed it.
            case FORMULA -> cell.getRawValue() == null ? new SheetRow.NoResult(cell.getFormula())
                    : value instanceof String s && ERRORS.contains(s) ? new SheetRow.CellError(s) : value;
            default -> value;
        };
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
