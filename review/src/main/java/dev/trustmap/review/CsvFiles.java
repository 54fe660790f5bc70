package dev.trustmap.review;

import dev.trustmap.model.text.SpreadsheetCell;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV files a campaign writes: UTF-8 with a BOM, CRLF, every text cell neutralised against formulas. */
final class CsvFiles {

    private CsvFiles() {
    }

    static void write(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write(SpreadsheetCell.BOM);
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCell::csv).toList());
            }
        }
    }
}
