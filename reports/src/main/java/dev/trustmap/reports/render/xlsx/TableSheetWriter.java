package dev.trustmap.reports.render.xlsx;

import dev.trustmap.reports.model.Rows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Streams one table onto its sheet, one row per record and one column per field, under a bold filled header that
 * stays frozen and carries the autofilter. A table longer than a sheet holds continues on "Name (2)", "Name (3)",
 * each with its own header. Column widths follow the header and the first rows, capped; they are never measured
 * with autoSizeColumn, which would have to keep every row.
 */
final class TableSheetWriter {

    /** Rows looked at to size the columns. */
    static final int SAMPLE_ROWS = 500;
    /** The widest a column is made, in characters. */
    static final int MAX_WIDTH_CHARS = 60;
    static final int MIN_WIDTH_CHARS = 6;

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final CellValues cells;
    private final int maxDataRows;

    /**
     * @param maxDataRows data rows a sheet takes before the table continues on the next sheet
     */
    TableSheetWriter(Workbook workbook, WorkbookStyles styles, int maxDataRows) {
        if (maxDataRows < 1) {
            throw new IllegalArgumentException("maxDataRows must be positive: " + maxDataRows);
        }
        this.workbook = workbook;
        this.styles = styles;
        this.cells = new CellValues(styles);
        this.maxDataRows = maxDataRows;
    }

    /**
     * @param severityColumn the field whose values are coloured by severity, or null
     */
    <T extends Record> void write(String name, Class<T> type, Rows<T> rows, String severityColumn) {
        List<Column> columns = Column.of(type);
        int severity = -1;
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).header().length() + 2; // room for the filter button
            if (columns.get(i).header().equals(severityColumn)) {
                severity = i;
            }
        }
        Part part = new Part(start(name, columns));
        final int severityIndex = severity;
        rows.forEach(record -> {
            if (part.dataRows == maxDataRows) {
                finish(part.sheet, columns.size(), part.dataRows, widths, severityIndex);
                part.next(start(name + " (" + (part.number + 1) + ")", columns));
            }
            Row row = part.sheet.createRow(part.dataRows + 1);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                int shown = write(row, i, column, column.read(record));
                if (part.sampled < SAMPLE_ROWS && shown > widths[i]) {
                    widths[i] = shown;
                }
            }
            part.sampled++;
            part.dataRows++;
        });
        finish(part.sheet, columns.size(), part.dataRows, widths, severity);
    }

    /** The sheet a table is being written to: its number (1 for the first), and rows written so far. */
    private static final class Part {
        Sheet sheet;
        int number = 1;
        int dataRows;
        int sampled;

        Part(Sheet sheet) {
            this.sheet = sheet;
        }

        void next(Sheet continuation) {
            sheet = continuation;
            number++;
            dataRows = 0;
        }
    }

    private int write(Row row, int index, Column column, Object value) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(index);
        return switch (column.kind()) {
            case DATE -> cells.date(cell, value.toString());
            case NUMBER -> cells.number(cell, (Number) value);
            case BOOLEAN -> cells.bool(cell, (Boolean) value);
            case TEXT -> cells.text(cell, value.toString());
        };
    }

    private Sheet start(String name, List<Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            cells.text(header.createCell(i), columns.get(i).header(), styles.header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void finish(Sheet sheet, int columns, int dataRows, int[] widths, int severity) {
        sheet.setAutoFilter(new CellRangeAddress(0, dataRows, 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[i] + 2));
            sheet.setColumnWidth(i, chars * 256);
        }
        if (severity >= 0) {
            SeverityFormatting.apply(sheet, severity, 1, dataRows);
        }
        if (sheet instanceof SXSSFSheet streamed) {
            try {
                streamed.flushRows(); // the finished sheet holds no rows in memory while the next one is written
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
