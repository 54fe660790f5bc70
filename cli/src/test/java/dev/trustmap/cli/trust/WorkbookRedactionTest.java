package dev.trustmap.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.InputRedaction;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.RedactedCopy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret typed into a workbook cell is kept out of the pack's copy of the workbook, whatever the cell. */
class WorkbookRedactionTest {

    @TempDir
    Path dir;

    @Test
    void aTokenTypedIntoAnOwnersWorkbookCellIsRedactedInTheCopy() throws IOException {
        String token = "ghp_" + "k8Zq2Lw9Xv4Nb7Tc1Rm5Hs3Jd6Fg0Py2Ua8E";
        Path workbook = dir.resolve("owners.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            XSSFSheet sheet = book.createSheet("Identity owners");
            sheet.createRow(0).createCell(0).setCellValue("identity_id");
            sheet.getRow(0).createCell(1).setCellValue("purpose");
            sheet.createRow(1).createCell(0).setCellValue("svc-billing");
            sheet.getRow(1).createCell(1).setCellValue("nightly export, token " + token);
            book.write(out);
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();

        RedactedCopy result = InputRedaction.copy(new EvidenceFile(workbook, "owners.xlsx"), "owners", copy);

        assertThat(result.redactedValues()).isEqualTo(1);
        Path stored = Files.write(dir.resolve("copy.xlsx"), copy.toByteArray());
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(stored))) {
            String purpose = read.getSheetAt(0).getRow(1).getCell(1).getStringCellValue();
            assertThat(purpose).startsWith("nightly export, token REDACTED:").doesNotContain(token);
            assertThat(read.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("svc-billing");
        }
    }

    @Test
    void anIdentifierColumnKeepsAnIdThatIsRandomByDesignWhileTextLosesARandomToken() throws IOException {
        String accessor = "vault-token:HmXkByLjGCYSAJTtVSLsZHzP";
        String typed = "q7RZ2vTk9WmB4xLp0NcY6sHd";
        Path workbook = dir.resolve("owners.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            XSSFSheet sheet = book.createSheet("Identity owners");
            sheet.createRow(0).createCell(0).setCellValue("identity_id");
            sheet.getRow(0).createCell(1).setCellValue("purpose");
            sheet.createRow(1).createCell(0).setCellValue(accessor);
            sheet.getRow(1).createCell(1).setCellValue(typed);
            book.write(out);
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();

        InputRedaction.copy(new EvidenceFile(workbook, "owners.xlsx"), "owners", copy);

        Path stored = Files.write(dir.resolve("copy.xlsx"), copy.toByteArray());
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(stored))) {
            assertThat(read.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(accessor);
            assertThat(read.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).startsWith("REDACTED");
        }
    }
}
