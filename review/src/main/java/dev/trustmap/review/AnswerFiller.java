package dev.trustmap.review;

import dev.trustmap.evidence.sheet.StableXlsx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Answers a sent review workbook as a person would in a spreadsheet: opens it, types answers into the answer
 * cells of the rows chosen, and saves it. The demo uses it to play the owners between its two quarters.
 */
public final class AnswerFiller {

    /** What a person types into a row; a decommission date is entered as a date, as a spreadsheet stores it. */
    public record Typed(String answer, String transferTo, LocalDate decommissionBy, String reason) {
    }

    /** Chooses the answer to a row, by the identity it is about; empty leaves the row unanswered. */
    public interface Chooser {
        Optional<Typed> choose(String identityId);
    }

    private AnswerFiller() {
    }

    /** Writes {@code returned}: {@code sent} with the chosen answers typed in, saved at {@code saved}. */
    public static void fill(Path sent, Path returned, Chooser chooser, Instant saved) throws IOException {
        try (InputStream in = Files.newInputStream(sent); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(ReviewColumns.REVIEW_SHEET);
            int idColumn = ReviewColumns.column("Identity id");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(idColumn) == null) {
                    continue;
                }
                Optional<Typed> typed = chooser.choose(row.getCell(idColumn).getStringCellValue());
                if (typed.isEmpty()) {
                    continue;
                }
                Typed t = typed.get();
                set(row, ReviewColumns.ANSWER, t.answer());
                set(row, ReviewColumns.TRANSFER_TO, t.transferTo());
                if (t.decommissionBy() != null) {
                    cell(row, ReviewColumns.DECOMMISSION_BY).setCellValue(t.decommissionBy());
                }
                set(row, ReviewColumns.REASON, t.reason());
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                StableXlsx.write(workbook, saved, out);
            }
        }
    }

    private static void set(Row row, String column, String value) {
        if (value != null && !value.isEmpty()) {
            cell(row, column).setCellValue(value);
        }
    }

    private static Cell cell(Row row, String column) {
        int c = ReviewColumns.column(column);
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }
}
