package dev.trustmap.reports.render.xlsx;

import dev.trustmap.reports.model.Rows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Streams one table onto its sheet, one row per record and one column per field, under a bold filled header that
 * stays frozen, carries the autofilter and repeats on every printed page (landscape, one page wide). A table longer
 * than a sheet holds continues on "Name (2)", "Name (3)", each with its own header. Column widths follow the header
 * and the first rows, capped; they are never measured with autoSizeColumn, which would have to keep every row.
 * Cells can link to the row of another sheet that holds what they name, up to Excel's limit of links per sheet.
 */
final class TableSheetWriter {

    /** Rows looked at to size the columns. */
    static final int SAMPLE_ROWS = 500;
    /** The widest a column is made, in characters. */
    static final int MAX_WIDTH_CHARS = 60;
    static final int MIN_WIDTH_CHARS = 6;
    /** Excel keeps at most 65,530 hyperlinks on a sheet; past them, cells are plain. */
    static final int MAX_LINKS_PER_SHEET = 65_530;

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

    <T extends Record> void write(Table<T> table, Rows<T> rows) {
        List<Column> columns = table.columns;
        int severity = table.severityField == null ? -1 : table.column(table.severityField);
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).header().length() + 2; // room for the filter button
        }
        int[] linkColumns = table.links.stream().mapToInt(l -> table.column(l.field())).toArray();
        Part part = new Part(start(table.name, columns));
        long[] written = {0};
        rows.forEach(record -> {
            if (part.dataRows == maxDataRows) {
                finish(part.sheet, columns.size(), part.dataRows, widths, severity);
                part.next(start(sheetName(table.name, part.number + 1), columns));
            }
            Row row = part.sheet.createRow(part.dataRows + 1);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                int shown = write(row, i, column, column.read(record));
                if (part.sampled < SAMPLE_ROWS && shown > widths[i]) {
                    widths[i] = shown;
                }
            }
            for (int l = 0; l < linkColumns.length; l++) {
                if (part.links < MAX_LINKS_PER_SHEET && link(row, linkColumns[l], table.links.get(l), record)) {
                    part.links++;
                }
            }
            written[0]++;
            if (table.index != null && written[0] <= Integer.MAX_VALUE) {
                table.index.put(table.indexKey.apply(record), (int) written[0]);
            }
            part.sampled++;
            part.dataRows++;
        });
        finish(part.sheet, columns.size(), part.dataRows, widths, severity);
    }

    /** The sheet a table is being written to: its number (1 for the first), rows and links written so far. */
    private static final class Part {
        Sheet sheet;
        int number = 1;
        int dataRows;
        int sampled;
        int links;

        Part(Sheet sheet) {
            this.sheet = sheet;
        }

        void next(Sheet continuation) {
            sheet = continuation;
            number++;
            dataRows = 0;
            links = 0;
        }
    }

    private <T> boolean link(Row row, int column, Table.Link<T> link, T record) {
        Cell cell = row.getCell(column);
        int ordinal = cell == null ? -1 : link.index().rows().row(link.key().apply(record));
        if (ordinal < 0) {
            return false;
        }
        int part = (ordinal - 1) / maxDataRows;
        int target = (ordinal - 1) % maxDataRows + 1; // 0-based: the header is row 0
        Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        hyperlink.setAddress(new CellReference(sheetName(link.index().sheet(), part + 1), target, 0, false, false)
                .formatAsString(true));
        cell.setHyperlink(hyperlink);
        cell.setCellStyle(styles.link);
        return true;
    }

    private static String sheetName(String name, int number) {
        return number == 1 ? name : name + " (" + number + ")";
    }

    private Sheet start(String name, List<Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            cells.text(header.createCell(i), columns.get(i).header(), styles.header);
        }
        sheet.createFreezePane(0, 1);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        return sheet;
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

    private static void finish(Sheet sheet, int columns, int dataRows, int[] widths, int severity) {
        sheet.setAutoFilter(new CellRangeAddress(0, dataRows, 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[i] + 2));
            sheet.setColumnWidth(i, chars * 256);
        }
        if (severity >= 0) {
            SeverityFormatting.apply(sheet, severity, 1, dataRows);
        }
        dimension(sheet, new CellRangeAddress(0, dataRows, 0, columns - 1));
        if (sheet instanceof SXSSFSheet streamed) {
            try {
                streamed.flushRows(); // the finished sheet holds no rows in memory while the next one is written
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The sheet's declared used range. A streamed sheet would otherwise declare {@code A1} (its rows are not in the
     * template it is written from), and readers that trust the declaration, such as openpyxl in read-only mode,
     * would see one row.
     */
    private static void dimension(Sheet sheet, CellRangeAddress range) {
        XSSFSheet template = sheet instanceof SXSSFSheet streamed
                ? ((SXSSFWorkbook) streamed.getWorkbook()).getXSSFWorkbook().getSheet(sheet.getSheetName())
                : sheet instanceof XSSFSheet xssf ? xssf : null;
        if (template == null) {
            return;
        }
        var worksheet = template.getCTWorksheet();
        (worksheet.isSetDimension() ? worksheet.getDimension() : worksheet.addNewDimension())
                .setRef(range.formatAsString());
    }
}
