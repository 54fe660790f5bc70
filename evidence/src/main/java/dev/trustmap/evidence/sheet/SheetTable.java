package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.dhatim.fastexcel.reader.CellAddress;

/**
 * A CSV file or one worksheet, read row by row after its header row: header names case-insensitive, blank rows
 * skipped, one row held at a time. Locations are {@code line 7} for CSV and {@code Sheet!F7} for XLSX.
 */
public final class SheetTable implements Closeable, Iterable<SheetRow> {

    private final String file;
    private final String sheet;
    private final List<String> headers;
    private final Map<String, Integer> index;
    private final boolean date1904;
    private final long headerRow;
    private Iterator<RawRow> rows;
    private Closeable resource;

    /** A row's number (CSV line or worksheet row) and its cell values by column position. */
    record RawRow(long number, Object[] values) {
    }

    private SheetTable(String file, String sheet, List<String> headers, boolean date1904, long headerRow) {
        this.file = file;
        this.headerRow = headerRow;
        this.sheet = sheet;
        this.headers = Collections.unmodifiableList(headers);
        this.date1904 = date1904;
        this.index = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            // interned: the readers ask with constants, which then match by reference before any comparison
            String key = headers.get(i).strip().toLowerCase(Locale.ROOT).intern();
            if (key.isEmpty()) {
                continue;
            }
            Integer before = index.putIfAbsent(key, i);
            if (before != null) {
                throw new InputException(new InputProblem(file, cell(i, headerRow), "the header names the column '"
                        + headers.get(i).strip() + "' twice (" + cell(before, headerRow) + " and "
                        + cell(i, headerRow) + ").",
                        "Rename or delete one of them."));
            }
        }
    }

    /** A CSV file (UTF-8, BOM removed); a duplicate header name throws naming line 1. */
    public static SheetTable csv(EvidenceFile file) {
        CsvTable csv = CsvTable.open(file);
        SheetTable table = new SheetTable(file.name(), null, new ArrayList<>(csv.headers()), false, 1);
        Iterator<CsvTable.Row> rows = csv.iterator();
        String[] names = table.headers.toArray(String[]::new);
        table.feed(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public RawRow next() {
                CsvTable.Row row = rows.next();
                Object[] values = new Object[names.length];
                for (int i = 0; i < names.length; i++) {
                    values[i] = names[i].isBlank() ? null : row.get(i); // the CSV's columns are the table's
                }
                return new RawRow(row.line(), values);
            }
        }, csv);
        return table;
    }

    /** A worksheet whose header row has been read; {@link #feed} gives it the rows below. */
    static SheetTable xlsx(String file, String sheet, List<String> headers, boolean date1904, long headerRow) {
        return new SheetTable(file, sheet, headers, date1904, headerRow);
    }

    void feed(Iterator<RawRow> rawRows, Closeable closeable) {
        this.rows = rawRows;
        this.resource = closeable;
    }

    public String file() {
        return file;
    }

    /** The worksheet name, or null for a CSV file. */
    public String sheet() {
        return sheet;
    }

    /** The header names as written. */
    public List<String> headers() {
        return headers;
    }

    /** True when the header has this column (case-insensitive). */
    public boolean has(String column) {
        return index.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** The column's position; {@code column} is lower case (the readers' constants). */
    int index(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    boolean date1904() {
        return date1904;
    }

    /** Where a header cell is: {@code line 1} or {@code Sheet!C1}; the first cell for a missing column. */
    public String headerWhere(String column) {
        return where(column.toLowerCase(Locale.ROOT), headerRow);
    }

    String where(String column, long row) {
        int i = index(column);
        return sheet == null ? "line " + row : i < 0 ? sheet + "!A" + row : cell(i, row);
    }

    private String cell(int column, long row) {
        return sheet == null ? "line " + row : sheet + "!" + CellAddress.convertNumToColString(column) + row;
    }

    @Override
    public Iterator<SheetRow> iterator() {
        return new Iterator<>() {
            private SheetRow next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    RawRow raw = rows.next();
                    SheetRow row = new SheetRow(SheetTable.this, raw.number(), raw.values());
                    if (!row.blank()) {
                        next = row;
                    }
                }
                return next != null;
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow row = next;
                next = null;
                return row;
            }
        };
    }

    @Override
    public void close() {
        try {
            if (resource != null) {
                resource.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
