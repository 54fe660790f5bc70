package dev.trustmap.assessment;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.text.SpreadsheetCell;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code findings.csv}: one row per finding, RFC 4180, UTF-8 with a byte-order mark, cells as
 * {@link SpreadsheetCell#csv} writes them (plain numbers, one form of instant, text neutralised for spreadsheets).
 */
public final class FindingsCsv {

    private FindingsCsv() {
    }

    public static void write(List<Finding> findings, Writer out) throws IOException {
        out.write(SpreadsheetCell.BOM);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(AssessmentJson.FINDING_COLUMNS);
        for (Finding finding : findings) {
            Map<String, Object> row = AssessmentJson.finding(finding);
            csv.printRecord(AssessmentJson.FINDING_COLUMNS.stream()
                    .map(column -> SpreadsheetCell.csv(row.get(column)))
                    .toList());
        }
        csv.flush();
    }
}
