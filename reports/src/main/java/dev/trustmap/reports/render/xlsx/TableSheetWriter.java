package dev.trustmap.reports.render.xlsx;

import dev.trustmap.model.text.Markup;
import dev.trustmap.reports.model.Rows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One table on its sheet, one row per record and one column per field, under a bold filled header that stays
 * frozen, carries the autofilter and repeats on every printed page (landscape, one page wide).
 *
 * <p>The sheet is made in two steps. {@link #frame} adds it to the POI workbook with its header and every setting
 * (the row count is known beforehand, so the autofilter, the used range and the severity colours cover the rows to
 * come). {@link #write} then streams the rows as SpreadsheetML into the sheet's part, in place of the frame's empty
 * sheet data: no cell object is made per value, which at a million rows is most of what a workbook library costs.
 * Column widths follow the header and the first rows, capped; cells can link to the row of another sheet that holds
 * what they name, up to Excel's limit of links per sheet.
 */
final class TableSheetWriter {

    /** Rows looked at to size the columns. */
    static final int SAMPLE_ROWS = 500;
    /** The widest a column is made, in characters. */
    static final int MAX_WIDTH_CHARS = 60;
    static final int MIN_WIDTH_CHARS = 6;
    /** Excel keeps at most 65,530 hyperlinks on a sheet; past them, cells are plain. */
    static final int MAX_LINKS_PER_SHEET = 65_530;
    /** Elements a worksheet may hold after its hyperlinks, in schema order: the links go before the first. */
    private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<picture", "<oleObjects", "<controls", "<webPublishItems",
            "<tableParts", "<extLst", "</worksheet>");

    private final WorkbookStyles styles;
    /** Whether the row being written is one the widths are taken from; only those are measured. */
    private boolean measuring;

    TableSheetWriter(WorkbookStyles styles) {
        this.styles = styles;
    }

    /**
     * Adds the table's sheet to {@code workbook}: the header, frozen, filtered over {@code dataRows} rows, printed
     * landscape one page wide with the header on every page, the severity column coloured.
     */
    static XSSFSheet frame(XSSFWorkbook workbook, WorkbookStyles styles, Table<?> table, int dataRows) {
        XSSFSheet sheet = workbook.createSheet(table.name);
        CellValues cells = new CellValues(styles);
        Row header = sheet.createRow(0);
        List<Column> columns = table.columns;
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
        CellRangeAddress used = new CellRangeAddress(0, dataRows, 0, columns.size() - 1);
        sheet.setAutoFilter(used);
        int severity = table.severityField == null ? -1 : table.column(table.severityField);
        if (severity >= 0) {
            SeverityFormatting.apply(sheet, severity, 1, dataRows);
        }
        return sheet;
    }

    /**
     * Writes the sheet's part to {@code out}: the frame's XML with the first {@code dataRows} rows of {@code rows}
     * streamed into it, the column widths and the links.
     */
    <T extends Record> void write(Table<T> table, Rows<T> rows, int dataRows, String frameXml, OutputStream out)
            throws IOException {
        List<Column> columns = table.columns;
        // POI declares the used range of the rows it holds (the header); the sheet declares the rows it will hold
        String used = new CellRangeAddress(0, dataRows, 0, columns.size() - 1).formatAsString();
        Frame frame = Frame.of(table.name, frameXml.replaceFirst("<dimension ref=\"[^\"]*\"/>",
                "<dimension ref=\"" + used + "\"/>"));
        String[] letters = new String[columns.size()];
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            letters[i] = CellReference.convertNumToColString(i);
            widths[i] = columns.get(i).header().length() + 2; // room for the filter button
        }
        int[] linkColumns = table.links.stream().mapToInt(l -> table.column(l.field())).toArray();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        HeldRows held = new HeldRows(writer);
        List<String> links = new ArrayList<>();
        int[] written = {0};
        StringBuilder row = new StringBuilder(1024);
        try {
            rows.forEach(record -> {
                if (written[0] == dataRows) {
                    throw Enough.INSTANCE; // the rest of the table is in its CSV: stop reading it
                }
                int r = written[0] + 2; // 1-based, under the header
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">");
                boolean sampled = written[0] < SAMPLE_ROWS;
                measuring = sampled;
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Object value = column.read(record);
                    if (value == null) {
                        continue;
                    }
                    String target = null;
                    for (int l = 0; l < linkColumns.length && target == null; l++) {
                        if (linkColumns[l] == i && links.size() < MAX_LINKS_PER_SHEET) {
                            target = target(table.links.get(l), record);
                        }
                    }
                    int shown;
                    if (target != null && column.kind() == Column.Kind.TEXT) {
                        links.add("<hyperlink ref=\"" + letters[i] + r + "\" location=\"" + target + "\"/>");
                        shown = text(row, letters[i], r, value.toString(), styles.link.getIndex());
                    } else {
                        shown = cell(row, letters[i], r, column, value);
                    }
                    if (sampled && shown > widths[i]) {
                        widths[i] = shown;
                    }
                }
                row.append("</row>\n");
                written[0]++;
                if (table.index != null) {
                    table.index.put(table.indexKey.apply(record), written[0]);
                }
                held.row(row, written[0] == SAMPLE_ROWS ? () -> frame.start(writer, widths) : null);
            });
        } catch (Enough enough) {
            // the sheet is full
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            if (!held.started) {
                frame.start(writer, widths);
                held.flushHeld();
            }
            frame.end(writer, links);
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Stops a walk of the rows once the sheet is full; thrown without a stack, as it is no error. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Enough INSTANCE = new Enough();

        private Enough() {
            super("the sheet is full", null, false, false);
        }
    }

    /** Rows held until the widths are known (the first {@value #SAMPLE_ROWS}), then written as they come. */
    private static final class HeldRows {
        private final Writer writer;
        private final StringBuilder held = new StringBuilder();
        private boolean started;

        HeldRows(Writer writer) {
            this.writer = writer;
        }

        void row(CharSequence row, Runnable startNow) {
            try {
                if (started) {
                    writer.append(row);
                    return;
                }
                held.append(row);
                if (startNow != null) {
                    startNow.run();
                    flushHeld();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flushHeld() {
            try {
                writer.append(held);
                held.setLength(0);
                held.trimToSize();
                started = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The frame's sheet XML around its data: what comes before the sheet data (widths go at its end), the header
     * row, and what follows (links go in their place in it).
     */
    private record Frame(String before, String header, String after) {

        static Frame of(String sheet, String xml) {
            int data = xml.indexOf("<sheetData");
            if (data < 0) {
                throw new IllegalStateException("the frame of sheet " + sheet + " has no sheet data");
            }
            int open = xml.indexOf('>', data) + 1;
            boolean empty = xml.charAt(open - 2) == '/';
            int close = empty ? open : xml.indexOf("</sheetData>", open);
            if (close < 0) {
                throw new IllegalStateException("the frame of sheet " + sheet + " does not close its sheet data");
            }
            String before = xml.substring(0, data);
            int cols = before.indexOf("<cols>");
            if (cols >= 0) {
                before = before.substring(0, cols) + before.substring(before.indexOf("</cols>") + 7);
            }
            String header = empty ? "" : xml.substring(open, close);
            String after = xml.substring(empty ? open : close + "</sheetData>".length());
            return new Frame(before, header, after);
        }

        void start(Writer writer, int[] widths) {
            try {
                writer.append(before).append("<cols>");
                for (int i = 0; i < widths.length; i++) {
                    int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[i] + 2));
                    writer.append("<col min=\"").append(Integer.toString(i + 1)).append("\" max=\"")
                            .append(Integer.toString(i + 1)).append("\" width=\"").append(Integer.toString(chars))
                            .append("\" customWidth=\"true\"/>");
                }
                writer.append("</cols><sheetData>").append(header).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void end(Writer writer, List<String> links) throws IOException {
            writer.append("</sheetData>");
            int at = after.length();
            for (String element : AFTER_HYPERLINKS) {
                int found = after.indexOf(element);
                if (found >= 0 && found < at) {
                    at = found;
                }
            }
            writer.append(after, 0, at);
            if (!links.isEmpty()) {
                writer.append("<hyperlinks>");
                for (String link : links) {
                    writer.append(link);
                }
                writer.append("</hyperlinks>");
            }
            writer.append(after, at, after.length());
        }
    }

    /** The sheet and cell a link points at, or null when the target row is not on its sheet. */
    private static <T> String target(Table.Link<T> link, T record) {
        int ordinal = link.index().rows().row(link.key().apply(record));
        if (ordinal < 0) {
            return null;
        }
        return link.index().sheet() + "!A" + (ordinal + 1);
    }

    /** Appends one cell; returns how many characters it shows. */
    private int cell(StringBuilder row, String letter, int r, Column column, Object value) {
        return switch (column.kind()) {
            case DATE -> date(row, letter, r, value.toString());
            case NUMBER -> number(row, letter, r, (Number) value);
            case BOOLEAN -> {
                open(row, letter, r, styles.text.getIndex(), "b").append("<v>").append((Boolean) value ? '1' : '0')
                        .append("</v></c>");
                yield (Boolean) value ? 4 : 5;
            }
            case TEXT -> text(row, letter, r, value.toString(), styles.text.getIndex());
        };
    }

    private int text(StringBuilder row, String letter, int r, String value, short style) {
        String safe = CellValues.safe(value);
        open(row, letter, r, style, "inlineStr").append("<is><t");
        if (!safe.isEmpty() && (Character.isWhitespace(safe.charAt(0))
                || Character.isWhitespace(safe.charAt(safe.length() - 1)))) {
            row.append(" xml:space=\"preserve\"");
        }
        row.append('>');
        Markup.appendText(row, safe);
        row.append("</t></is></c>");
        return measuring ? CellValues.longestLine(safe) : 0;
    }

    private int date(StringBuilder row, String letter, int r, String value) {
        String trimmed = value.trim();
        LocalDate day = CellValues.parseDate(trimmed);
        if (day != null && CellValues.inExcelRange(day.getYear())) {
            open(row, letter, r, styles.date.getIndex(), "n").append("<v>").append(CellValues.serial(day))
                    .append("</v></c>");
            return WorkbookStyles.DATE_FORMAT.length();
        }
        LocalDateTime time = day == null ? CellValues.parseDateTime(trimmed) : null;
        if (time != null && CellValues.inExcelRange(time.getYear())) {
            open(row, letter, r, styles.dateTime.getIndex(), "n").append("<v>").append(CellValues.serial(time))
                    .append("</v></c>");
            return WorkbookStyles.DATE_TIME_FORMAT.length();
        }
        return text(row, letter, r, value, styles.text.getIndex());
    }

    private int number(StringBuilder row, String letter, int r, Number value) {
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                return text(row, letter, r, Double.toString(d), styles.text.getIndex());
            }
            open(row, letter, r, styles.decimal.getIndex(), "n").append("<v>").append(d).append("</v></c>");
            return CellValues.oneDecimal(d).length();
        }
        long l = value.longValue();
        open(row, letter, r, styles.integer.getIndex(), "n").append("<v>").append(l).append("</v></c>");
        return Long.toString(l).length();
    }

    private static StringBuilder open(StringBuilder row, String letter, int r, short style, String type) {
        return row.append("<c r=\"").append(letter).append(r).append("\" s=\"").append(style).append("\" t=\"")
                .append(type).append("\">");
    }
}
