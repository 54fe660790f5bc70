package dev.trustmap.evidence.internal;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row with its header: header names case-insensitive and trimmed, duplicate header names
 * refused, blank rows skipped, each row knowing the line it starts on (quoted newlines included). Streams: only
 * one row is held at a time.
 */
public final class CsvTable implements Closeable, Iterable<CsvTable.Row> {

    /** One data row. {@link #get} gives null for a missing column or an empty cell. */
    public static final class Row {
        private final String place;
        private final long line;
        private final Map<String, Integer> index;
        private final CSVRecord record;

        Row(String place, long line, Map<String, Integer> index, CSVRecord record) {
            this.place = place;
            this.line = line;
            this.index = index;
            this.record = record;
        }

        /** The 1-based line the row starts on. */
        public long line() {
            return line;
        }

        /** {@code line N}, after the place of a table held inside another document; for messages. */
        public String where() {
            return place + "line " + line;
        }

        /** The trimmed value of a column, or null when the column is missing or the cell is empty. */
        public String get(String column) {
            Integer i = index.get(column); // callers mostly ask in lower case already: skip the copy
            if (i == null) {
                i = index.get(column.toLowerCase(Locale.ROOT));
            }
            return i == null ? null : get(i);
        }

        /** The trimmed value at a column's position, or null when the row is shorter or the cell is empty. */
        public String get(int column) {
            if (column >= record.size()) {
                return null;
            }
            String value = record.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        /** Number of cells in the row. */
        public int size() {
            return record.size();
        }
    }

    private final String file;
    private final String place;
    private final CSVParser parser;
    private final List<String> headers;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private long headerLine = 1;
    private long nextLine;

    private CsvTable(String file, String place, Reader reader) throws IOException {
        this(file, place, reader, ',');
    }

    private CsvTable(String file, String place, Reader reader, char delimiter) throws IOException {
        this.file = file;
        this.place = place;
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setDelimiter(delimiter).get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        Iterator<CSVRecord> records = parser.iterator();
        List<String> header = new ArrayList<>();
        while (records.hasNext()) {
            CSVRecord first = records.next();
            if (!blank(first)) {
                first.forEach(h -> header.add(h.strip()));
                break;
            }
            headerLine = parser.getCurrentLineNumber() + 1;
        }
        this.headers = Collections.unmodifiableList(header);
        this.nextLine = parser.getCurrentLineNumber() + 1;
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue; // trailing or unnamed columns carry nothing we can name
            }
            if (index.putIfAbsent(key, i) != null) {
                throw new InputException(new InputProblem(file, headerWhere(), "the header names the column '"
                        + header.get(i) + "' twice (columns " + (index.get(key) + 1) + " and " + (i + 1) + ").",
                        "Rename or delete one of them."));
            }
        }
    }

    /**
     * Opens a CSV file (UTF-8, BOM removed). Reading it throws an {@link InputException} naming the line when the
     * file holds bytes that are not UTF-8.
     */
    public static CsvTable open(EvidenceFile file) {
        try {
            return new CsvTable(file.name(), "", file.reader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a CSV file whose fields are separated by {@code delimiter}: a spreadsheet saving CSV in a locale whose
     * decimal mark is the comma separates them with semicolons.
     */
    public static CsvTable open(EvidenceFile file, char delimiter) {
        try {
            return new CsvTable(file.name(), "", file.reader(), delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads CSV text held in memory (a header line, for detection). */
    public static CsvTable of(String file, String text) {
        return of(file, "", text);
    }

    /**
     * Reads CSV text held inside another document (the CSV in an AWS get-credential-report JSON).
     *
     * @param place where the text sits, written before each line in messages: {@code /Content }
     */
    public static CsvTable of(String file, String place, String text) {
        try {
            return new CsvTable(file, place, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header names as written, trimmed. */
    public List<String> headers() {
        return headers;
    }

    /** True when the header has this column (case-insensitive). */
    public boolean has(String column) {
        return index.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** Where the header is: {@code line 1}, or the first line that is not blank. */
    public String headerWhere() {
        return place + "line " + headerLine;
    }

    /**
     * Stops the read when the header lacks a column the format always has and its reader needs: a misspelt or
     * dropped column would otherwise lose what it says without a word (an AWS credential report without
     * access_key_1_last_rotated would hide every key's age).
     *
     * @param format what the file was recognised as, for the message: {@code an AWS credential report}
     * @param needed the columns, as the tool writes them
     * @param fix how to get the file whole: {@code Re-export it with ...}
     * @throws InputException naming the header's line, the missing columns and the columns found
     */
    public void requireColumns(String format, List<String> needed, String fix) {
        List<String> missing = needed.stream().filter(c -> !has(c)).toList();
        if (!missing.isEmpty()) {
            List<String> found = headers.stream().filter(h -> !h.isEmpty()).toList();
            throw new InputException(new InputProblem(file, headerWhere(), "the header lacks the column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + ", which " + format
                    + " always has; found: " + (found.isEmpty() ? "no columns" : String.join(", ", found)) + ".",
                    fix));
        }
    }

    public String file() {
        return file;
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && hasMore()) {
                    CSVRecord record = records.next();
                    long line = nextLine;
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (!blank(record)) {
                        next = new Row(place, line, index, record);
                    }
                }
                return next != null;
            }

            /** A broken quote surfaces here; name the line, never the cell's content. */
            private boolean hasMore() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw new InputException(new InputProblem(file, place + "line " + nextLine, "the CSV cannot be"
                            + " read from here on: a quoted cell is not closed or has text after its closing quote.",
                            "Check the quoting on that line; export the file again if it was edited by hand."));
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    private static boolean blank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) { // by index: a record's iterator copies its values into a list
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
