package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.CsvOutputWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV, read as the importers read it (RFC 4180, the first non-blank row the header) and written back row for row
 * with the original's line break; cells are quoted only where CSV needs it. A cell loses no line breaks to its
 * marker (they are added back after it), so every row stays on the line the importer names it by.
 */
final class CsvCopy implements Copier {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final SecretRule rule;

    CsvCopy(SecretRule rule) {
        this.rule = rule;
    }

    /** A cell's place: its column's header name; the row says whether an AWS access key id is next to it. */
    private record Cell(String member, boolean nearAwsKeyId) implements Place {
        @Override
        public String container(int up) {
            return null;
        }

        @Override
        public boolean within(String name) {
            return false;
        }
    }

    @Override
    public long copy(EvidenceFile file, OutputStream out) throws IOException {
        ValueRedactor values = new ValueRedactor(rule);
        TextLayout.copyBom(file, out);
        String lineBreak = TextLayout.lineBreak(file);
        CSVFormat write = CSVFormat.RFC4180.builder().setRecordSeparator(lineBreak).get();
        // buffered: the printer writes a cell in several small pieces
        Writer writer = new CsvOutputWriter(out);
        try (Reader reader = file.reader(); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ)
                .get()) {
            CSVPrinter printer = new CSVPrinter(writer, write); // flushed, not closed: out belongs to the caller
            List<String> header = null;
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(file, parser, records)) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    printer.println(); // an empty line stays one
                    continue;
                }
                boolean nearAwsKeyId = cells.stream().anyMatch(Markers::hasAwsKeyId);
                List<String> copy = new ArrayList<>(cells.size());
                for (int i = 0; i < cells.size(); i++) {
                    String column = header == null || i >= header.size() ? null : header.get(i);
                    String cell = cells.get(i);
                    copy.add(sameLineBreaks(cell, values.apply(new Cell(column, nearAwsKeyId), cell), lineBreak));
                }
                if (header == null && cells.stream().anyMatch(c -> !c.isBlank())) {
                    header = cells.stream().map(String::strip).toList();
                }
                printer.printRecord(copy);
            }
            printer.flush();
        }
        return values.redacted();
    }

    private static boolean hasNext(EvidenceFile file, CSVParser parser, Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new InputException(new InputProblem(file.name(), "line " + (parser.getCurrentLineNumber() + 1),
                    "the CSV cannot be read from here on: a quoted cell is not closed or has text after its closing"
                            + " quote.", "Check the quoting on that line; export the file again if it was edited."));
        }
    }

    /** The copy of a cell with as many line breaks as the original, so that the rows after it keep their lines. */
    private static String sameLineBreaks(String original, String copy, String lineBreak) {
        int missing = breaks(original) - breaks(copy);
        return missing <= 0 ? copy : copy + lineBreak.repeat(missing);
    }

    private static int breaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return count;
    }
}
