package dev.trustmap.evidence.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersTemplateTest {

    private static final CatalogControls CONTROLS = new CatalogControls(CatalogLoader.bundled());

    @TempDir
    Path dir;

    @Test
    void emptyTemplateReadsBackCleanly() {
        Path out = dir.resolve("owners.xlsx");
        writeTemplate(out, CONTROLS.ids());

        OwnersWorkbook workbook = OwnersWorkbook.read(new EvidenceFile(out));

        assertThat(workbook.identityOwners()).isEmpty();
        assertThat(workbook.controlOwners()).isEmpty();
        assertThat(workbook.people()).isEmpty();
        assertThat(OwnersValidation.validate(workbook, CONTROLS, List.of())).isEmpty();
        assertThat(dir.toFile().list()).as("no part file left behind").containsExactly("owners.xlsx");
    }

    @Test
    void filledTemplateRoundTripsCleanWithDateCells() throws IOException {
        Path out = dir.resolve("owners.xlsx");
        writeTemplate(out, CONTROLS.ids());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            fill(workbook.getSheet("Identity owners"), "agent:support", "alice@example.com", "bob@example.com",
                    "Triage", "helpdesk", "prod", "ai_agent", LocalDate.of(2027, 1, 31));
            fill(workbook.getSheet("Control owners"), "ACT-01", "alice@example.com", "bob@example.com",
                    "Platform", LocalDate.of(2026, 12, 1));
            fill(workbook.getSheet("People"), "alice@example.com", "Alice", "active", null);
            fill(workbook.getSheet("People"), "bob@example.com", "Bob", "departed", LocalDate.of(2026, 6, 30));
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }

        OwnersWorkbook workbook = OwnersWorkbook.read(new EvidenceFile(out));

        assertThat(OwnersValidation.validate(workbook, CONTROLS, List.of("agent:support"))).isEmpty();
        assertThat(workbook.identityOwners()).singleElement().satisfies(o -> {
            assertThat(o.decommissionOn()).isEqualTo("2027-01-31");
            assertThat(o.origin().cell("actor_class")).isEqualTo("Identity owners!G2");
        });
        assertThat(workbook.controlOwners()).singleElement().extracting(ControlOwnerRow::reviewDue)
                .isEqualTo("2026-12-01");
        assertThat(workbook.people()).extracting(PersonRow::departedOn).containsExactly(null, "2026-06-30");
    }

    @Test
    void templateHasStyledFrozenHeadersAndDropDowns() throws IOException {
        Path out = dir.resolve("owners.xlsx");
        writeTemplate(out, CONTROLS.ids());

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Identity owners", "Control owners", "People");
            for (OwnersSheetKind kind : OwnersSheetKind.values()) {
                XSSFSheet sheet = workbook.getSheet(kind.sheetName());
                assertThat(headers(sheet.getRow(0))).isEqualTo(kind.columns());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                Cell first = sheet.getRow(0).getCell(0);
                assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(16 * 256 - 1);
            }
            DataValidation control = only(workbook.getSheet("Control owners"));
            assertThat(control.getValidationConstraint().getExplicitListValues())
                    .as("30 ids fit in 255 characters").hasSize(30).startsWith("ACT-01");
            assertRange(control, "A2:A1000");
            assertThat(control.getSuppressDropDownArrow()).as("the arrow is shown").isTrue();
            DataValidation actor = only(workbook.getSheet("Identity owners"));
            assertThat(actor.getValidationConstraint().getExplicitListValues()).containsExactly("workload",
                    "pipeline", "integration", "third_party", "ai_agent", "ai_orchestrator", "ai_assistant");
            assertRange(actor, "G2:G1000");
            DataValidation status = only(workbook.getSheet("People"));
            assertThat(status.getValidationConstraint().getExplicitListValues()).containsExactly("active",
                    "departed");
            assertRange(status, "C2:C1000");
        }
    }

    @Test
    void longControlListLivesInAHiddenListsSheet() throws IOException {
        List<String> ids = new ArrayList<>();
        IntStream.rangeClosed(1, 60).forEach(i -> ids.add(String.format("CTL-%03d", i)));
        Path out = dir.resolve("owners.xlsx");
        writeTemplate(out, ids);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet lists = workbook.getSheet("Lists");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            assertThat(lists.getRow(59).getCell(0).getStringCellValue()).isEqualTo("CTL-060");
            DataValidation control = only(workbook.getSheet("Control owners"));
            assertThat(control.getValidationConstraint().getFormula1()).isEqualTo("Lists!$A$1:$A$60");
        }
        OwnersWorkbook workbook = OwnersWorkbook.read(new EvidenceFile(out));
        assertThat(OwnersValidation.validate(workbook, CONTROLS, List.of())).isEmpty();
    }

    @Test
    void rewritingReplacesTheFile() throws IOException {
        Path out = dir.resolve("owners.xlsx");
        Files.writeString(out, "old");

        writeTemplate(out, CONTROLS.ids());

        assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
    }

    private static DataValidation only(XSSFSheet sheet) {
        List<XSSFDataValidation> validations = sheet.getDataValidations();
        assertThat(validations).hasSize(1);
        return validations.get(0);
    }

    private static void assertRange(DataValidation validation, String range) {
        CellRangeAddress[] ranges = validation.getRegions().getCellRangeAddresses();
        assertThat(ranges).hasSize(1);
        assertThat(ranges[0].formatAsString()).isEqualTo(range);
    }

    private static List<String> headers(Row row) {
        List<String> headers = new ArrayList<>();
        row.forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    static void fill(XSSFSheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate date) {
                row.createCell(i).setCellValue(date);
                row.getCell(i).setCellStyle(sheet.getColumnStyle(i));
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    static void writeTemplate(Path out, List<String> controlIds) {
        try (OutputStream stream = Files.newOutputStream(out)) {
            OwnersTemplate.write(stream, controlIds);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
