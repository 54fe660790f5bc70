package dev.trustmap.reports.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.Audience;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

    private static final List<String> TABLE_SHEETS = List.of("Findings", "Identities", "Credentials", "Leaks",
            "Controls", "Frameworks", "Crosswalk", "Exceptions", "Attestations", "Resolved", "Owners");

    @Test
    void formatKeyIsXlsx() {
        assertThat(new XlsxRenderer().format()).isEqualTo("xlsx");
    }

    @Test
    void sheetsComeInOrder() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            List<String> expected = new ArrayList<>();
            expected.add("Summary");
            expected.addAll(TABLE_SHEETS);
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void boardOnlyWritesNoFile() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new XlsxRenderer().render(ReportFixture.model().build(), Audience.BOARD, output);
        assertThat(output.files()).isEmpty();
    }

    @Test
    void allAudienceWritesTheWorkbook() throws IOException {
        CapturedOutput output = new CapturedOutput();
        new XlsxRenderer().render(ReportFixture.model().build(), Audience.ALL, output);
        assertThat(output.files()).containsOnlyKeys("operator.xlsx");
    }

    @Test
    void headersAreWordsAndFindingsLeadWithWhatAFixerNeeds() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            assertThat(header(workbook.getSheet("Findings"))).startsWith("Severity", "Days overdue", "Due", "Owner",
                    "Identity name", "Identity", "Credential", "Control", "Control title", "What to do", "Status");
            assertThat(header(workbook.getSheet("Findings"))).hasSize(FindingRow.class.getRecordComponents().length)
                    .contains("First seen", "First seen from", "Exception note", "Evidence", "ID");
            assertThat(header(workbook.getSheet("Owners"))).containsExactly("Owner", "Severity", "Open", "Accepted");
            assertThat(header(workbook.getSheet("Crosswalk"))).containsExactly("Control", "Control status",
                    "Framework", "Item", "Item title", "Relationship");
            for (String name : TABLE_SHEETS) {
                assertThat(header(workbook.getSheet(name))).as(name)
                        .allSatisfy(h -> assertThat(h).doesNotContainPattern("[a-z][A-Z]").doesNotContain("_"));
            }
            Row header = workbook.getSheet("Findings").getRow(0);
            var style = header.getCell(0).getCellStyle();
            assertThat(workbook.getFontAt(style.getFontIndex()).getBold()).isTrue();
            assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
    }

    @Test
    void vocabularyKeysAreShownAsWords() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            Sheet controls = workbook.getSheet("Controls");
            assertThat(controls.getRow(1).getCell(column(controls, "status")).getStringCellValue())
                    .isEqualTo("not met");
            assertThat(controls.getRow(1).getCell(column(controls, "domain")).getStringCellValue())
                    .isEqualTo("Lifecycle");
            Sheet credentials = workbook.getSheet("Credentials");
            assertThat(credentials.getRow(1).getCell(column(credentials, "kind")).getStringCellValue())
                    .isEqualTo("access key");
            Sheet findings = workbook.getSheet("Findings");
            // where the facts were read stays as written, underscores and all
            assertThat(findings.getRow(1).getCell(column(findings, "evidence")).getStringCellValue())
                    .isEqualTo("inventory.xlsx Inventory!T7");
        }
    }

    @Test
    void aFindingLinksToItsIdentityAndCredentialRows() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            Sheet findings = workbook.getSheet("Findings");
            Cell identity = findings.getRow(1).getCell(column(findings, "identity"));
            assertThat(identity.getStringCellValue()).isEqualTo("svc-deploy");
            assertThat(identity.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(identity.getHyperlink().getAddress()).isEqualTo("Identities!A2");
            assertThat(findings.getRow(1).getCell(column(findings, "credential")).getHyperlink().getAddress())
                    .isEqualTo("Credentials!A2");
            Cell triage = findings.getRow(3).getCell(column(findings, "identity"));
            assertThat(triage.getStringCellValue()).isEqualTo("agent-triage");
            assertThat(triage.getHyperlink().getAddress()).isEqualTo("Identities!A3");
            // a credential no sheet holds, and an identity missing from the inventory, stay plain
            assertThat(findings.getRow(3).getCell(column(findings, "credential")).getHyperlink()).isNull();
            assertThat(findings.getRow(2).getCell(column(findings, "identity")).getHyperlink()).isNull();
            Sheet leaks = workbook.getSheet("Leaks");
            assertThat(leaks.getRow(1).getCell(column(leaks, "credential")).getHyperlink().getAddress())
                    .isEqualTo("Credentials!A2");
            Sheet identities = workbook.getSheet("Identities");
            assertThat(identities.getRow(1).getCell(0).getStringCellValue()).isEqualTo("deploy bot");
        }
    }

    @Test
    void everySheetDeclaresItsUsedRangeAndPrintsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            for (String name : TABLE_SHEETS) {
                XSSFSheet sheet = workbook.getSheet(name);
                String lastColumn = CellReference.convertNumToColString(sheet.getRow(0).getLastCellNum() - 1);
                assertThat(sheet.getCTWorksheet().getDimension().getRef()).as(name)
                        .isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
                assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
            }
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(workbook.getActiveSheetIndex()).isZero();
            assertThat(sheetNames(workbook).stream().filter(n -> workbook.getSheet(n).isSelected()))
                    .containsExactly("Summary");
        }
    }

    @Test
    void disagreementsWithAnotherToolFollowTheFindingsWhenThereAreAny() throws IOException {
        ReportModel model = new dev.trustmap.reports.render.html.ReportFixture().withDisagreement().build();
        try (XSSFWorkbook workbook = render(model, new XlsxRenderer())) {
            assertThat(sheetNames(workbook)).startsWith("Summary", "Findings", "Disagreements", "Identities");
            Sheet sheet = workbook.getSheet("Disagreements");
            assertThat(header(sheet)).startsWith("Identity", "Control", "Control title", "Trustmap", "Tool",
                    "Check", "Tool verdict");
            assertThat(sheet.getRow(1).getCell(0).getHyperlink().getAddress()).isEqualTo("Identities!A2");
        }
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            assertThat(workbook.getSheet("Disagreements")).isNull();
        }
    }

    @Test
    void leaksAndAttestationsHaveSheetsOfTheirOwn() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            Sheet leaks = workbook.getSheet("Leaks");
            assertThat(header(leaks)).startsWith("Open", "Detected at", "Identity", "Credential");
            assertThat(leaks.getRow(1).getCell(0).getBooleanCellValue()).isTrue();
            assertThat(leaks.getRow(1).getCell(column(leaks, "location")).getStringCellValue())
                    .isEqualTo("repo/app.env");
            Sheet attestations = workbook.getSheet("Attestations");
            assertThat(attestations.getRow(1).getCell(column(attestations, "attestedBy")).getStringCellValue())
                    .isEqualTo("erin");
            assertThat(attestations.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void statesAreFilledWithTheReportsColoursAsRgb() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Row lifecycle = rowStartingWith(summary, "Lifecycle");
            var red = (org.apache.poi.xssf.usermodel.XSSFCellStyle) lifecycle.getCell(2).getCellStyle();
            assertThat(lifecycle.getCell(2).getStringCellValue()).isEqualTo("red");
            assertThat(red.getFillForegroundXSSFColor().getRGB()).containsExactly(0xE5, 0x48, 0x4D);
            Row access = rowStartingWith(summary, "Access");
            var green = (org.apache.poi.xssf.usermodel.XSSFCellStyle) access.getCell(2).getCellStyle();
            assertThat(green.getFillForegroundXSSFColor().getRGB()).containsExactly(0x2D, 0xA4, 0x4E);
        }
    }

    @Test
    void everyTableSheetHasAFrozenHeaderAnAutofilterAndWidths() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            for (String name : TABLE_SHEETS) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation()).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                int columns = sheet.getRow(0).getLastCellNum();
                String lastColumn = CellReference.convertNumToColString(columns - 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name)
                        .isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
                for (int c = 0; c < columns; c++) {
                    assertThat(sheet.getColumnWidth(c)).as(name + " column " + c)
                            .isBetween(6 * 256, 60 * 256);
                }
            }
            XSSFSheet findings = workbook.getSheet("Findings");
            int remediation = column(findings, "remediation");
            assertThat(findings.getColumnWidth(remediation))
                    .isEqualTo(("Rotate the key and move it to the vault.".length() + 2) * 256);
        }
    }

    @Test
    void dateFieldsAreRealDates() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            Sheet credentials = workbook.getSheet("Credentials");
            Cell created = credentials.getRow(1).getCell(column(credentials, "createdAt"));
            assertThat(created.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
            assertThat(created.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
            assertThat(created.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(credentials.getRow(1).getCell(column(credentials, "lastRotatedAt"))).isNull();

            Sheet findings = workbook.getSheet("Findings");
            Cell due = findings.getRow(1).getCell(column(findings, "dueOn"));
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 15));
            assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

            Sheet exceptions = workbook.getSheet("Exceptions");
            Cell expires = exceptions.getRow(1).getCell(column(exceptions, "expiresOn"));
            assertThat(DateUtil.isCellDateFormatted(expires)).isTrue();
            assertThat(expires.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        }
    }

    @Test
    void numbersAndBooleansKeepTheirType() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            Sheet identities = workbook.getSheet("Identities");
            Cell privileged = identities.getRow(1).getCell(column(identities, "privileged"));
            assertThat(privileged.getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(privileged.getBooleanCellValue()).isTrue();
            Cell credentials = identities.getRow(1).getCell(column(identities, "credentials"));
            assertThat(credentials.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(credentials.getNumericCellValue()).isEqualTo(2.0);

            Sheet controls = workbook.getSheet("Controls");
            Cell passRate = controls.getRow(1).getCell(column(controls, "passRate"));
            assertThat(passRate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(passRate.getNumericCellValue()).isEqualTo(60.0);

            Sheet owners = workbook.getSheet("Owners");
            assertThat(owners.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(owners.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void formulaCanariesStayText() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            Sheet findings = workbook.getSheet("Findings");
            Cell name = findings.getRow(1).getCell(column(findings, "identityName"));
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).startsWith("'").isEqualTo("'" + ReportFixture.HYPERLINK_CANARY);
            Cell observed = findings.getRow(2).getCell(column(findings, "observed"));
            assertThat(observed.getCellType()).isEqualTo(CellType.STRING);
            assertThat(observed.getStringCellValue()).startsWith("'").isEqualTo("'" + ReportFixture.SUM_CANARY);
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void summaryHasTheTablesAndOneNativeChart() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getDrawingPatriarch()).isNotNull();
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
            var chart = summary.getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getChartSeries()).hasSize(1);
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(5);

            String title = summary.getRow(0).getCell(0).getStringCellValue();
            assertThat(title).contains("Acme Corp", "2026-Q3", "2026-09-30 12:00 UTC");

            List<String> columnA = new ArrayList<>();
            for (Row row : summary) {
                Cell cell = row.getCell(0);
                columnA.add(cell == null ? "" : cell.getStringCellValue());
            }
            assertThat(columnA).contains("Domain posture", "Key indicators", "Framework coverage",
                    "Access", "Revocation", "Owner coverage", "OWASP NHI Top 10", "Maturity: stage 2 — Managed");

            Row posture = rowStartingWith(summary, "Domain");
            List<String> postureHeader = new ArrayList<>();
            posture.forEach(c -> postureHeader.add(c.getStringCellValue()));
            assertThat(postureHeader).containsExactlyElementsOf(SummarySheet.POSTURE_HEADER);
            Row access = summary.getRow(posture.getRowNum() + 1);
            assertThat(access.getCell(1).getNumericCellValue()).isEqualTo(92.5);
            assertThat(access.getCell(2).getStringCellValue()).isEqualTo("green");
            Row revocation = summary.getRow(posture.getRowNum() + 5);
            assertThat(revocation.getCell(0).getStringCellValue()).isEqualTo("Revocation");
            assertThat(revocation.getCell(1)).isNull();
            assertThat(revocation.getCell(2).getStringCellValue()).isEqualTo("not assessed");
            assertThat(revocation.getCell(8).getNumericCellValue()).isEqualTo(6.0);

            Row kpi = summary.getRow(rowStartingWith(summary, "KPI").getRowNum() + 1);
            assertThat(kpi.getCell(0).getStringCellValue()).isEqualTo("Owner coverage");
            assertThat(kpi.getCell(1).getNumericCellValue()).isEqualTo(50.0);
            assertThat(kpi.getCell(3).getNumericCellValue()).isEqualTo(40.0);
            assertThat(kpi.getCell(4).getNumericCellValue()).isEqualTo(10.0);
        }
    }

    @Test
    void severityIsColouredOnFindingsAndOwners() throws IOException {
        try (XSSFWorkbook workbook = render(ReportFixture.model().build(), new XlsxRenderer())) {
            for (String name : List.of("Findings", "Owners")) {
                Sheet sheet = workbook.getSheet(name);
                SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
                assertThat(formatting.getNumConditionalFormattings()).as(name).isEqualTo(4);
                List<String> formulas = new ArrayList<>();
                int severity = column(sheet, "severity");
                for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                    ConditionalFormatting cf = formatting.getConditionalFormattingAt(i);
                    assertThat(cf.getFormattingRanges()).hasSize(1);
                    assertThat(cf.getFormattingRanges()[0].getFirstColumn()).isEqualTo(severity);
                    assertThat(cf.getFormattingRanges()[0].getFirstRow()).isEqualTo(1);
                    assertThat(cf.getFormattingRanges()[0].getLastRow()).isEqualTo(sheet.getLastRowNum());
                    formulas.add(cf.getRule(0).getFormula1());
                }
                assertThat(formulas).containsExactly("\"critical\"", "\"high\"", "\"medium\"", "\"low\"");
            }
            assertThat(workbook.getSheet("Identities").getSheetConditionalFormatting().getNumConditionalFormattings())
                    .isZero();
        }
    }

    @Test
    void aTableLongerThanASheetHoldsItsFirstRowsAndTheSummarySaysWhereTheRestAre() throws IOException {
        ReportModel model = ReportFixture.model().findings(7).build();
        try (XSSFWorkbook workbook = render(model, new XlsxRenderer(3))) {
            // one sheet per table, never continuation sheets
            assertThat(sheetNames(workbook)).startsWith("Summary", "Findings", "Identities")
                    .doesNotContain("Findings (2)");
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(3);
            List<String> ids = new ArrayList<>();
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                ids.add(findings.getRow(r).getCell(column(findings, "id")).getStringCellValue());
            }
            assertThat(ids).containsExactly("F-00001", "F-00002", "F-00003");
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:V4");
            assertThat(findings.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:V4");
            assertThat(findings.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(4);
            assertThat(findings.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges())
                    .containsExactly(CellRangeAddress.valueOf("A2:A4"));
            Row note = rowStartingWith(workbook.getSheet("Summary"),
                    "Findings holds the first 3 of 7 rows, the most severe first; all of them are in findings.csv"
                            + " (data/findings.csv in the evidence pack).");
            assertThat(note.getRowNum()).isLessThan(10); // near the top, where a reader looks first
            // Owners (three groups) exactly fills its sheet, so it is not cut
            assertThat(workbook.getSheet("Owners").getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheet("Summary").getRow(4).getCell(0).getStringCellValue())
                    .startsWith("Findings holds");
        }
    }

    @Test
    void aCutTableStreamsPastTheRowsHeldForWidths() throws IOException {
        ReportModel model = ReportFixture.model().findings(2_500).build();
        try (XSSFWorkbook workbook = render(model, new XlsxRenderer(1_000))) {
            Sheet findings = workbook.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(1_000);
            assertThat(findings.getRow(1_000).getCell(column(findings, "id")).getStringCellValue())
                    .isEqualTo("F-01000");
            assertThat(workbook.getSheet("Findings (2)")).isNull();
        }
        try (XSSFWorkbook workbook = render(model, new XlsxRenderer())) {
            Sheet findings = workbook.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(2_500);
            assertThat(findings.getRow(2_500).getCell(column(findings, "id")).getStringCellValue())
                    .isEqualTo("F-02500");
            assertThat(rowsStartingWith(workbook.getSheet("Summary"), "Tables cut to fit a sheet")).isZero();
        }
    }

    @Test
    void anEmptyTableKeepsItsHeader() throws IOException {
        ReportModel model = ReportFixture.model().findings(0).build();
        try (XSSFWorkbook workbook = render(model, new XlsxRenderer())) {
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isZero();
            assertThat(header(findings)).startsWith("Severity").hasSize(FindingRow.class.getRecordComponents().length);
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:V1");
            assertThat(findings.getSheetConditionalFormatting().getNumConditionalFormattings()).isZero();
        }
    }

    @Test
    void theRowLimitIsBounded() {
        assertThat(XlsxRenderer.MAX_DATA_ROWS).isEqualTo(1_048_575);
        assertThatThrownBy(() -> new XlsxRenderer(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static XSSFWorkbook render(ReportModel model, XlsxRenderer renderer) throws IOException {
        CapturedOutput output = new CapturedOutput();
        renderer.render(model, Audience.OPERATOR, output);
        assertThat(output.files()).containsOnlyKeys("operator.xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(output.bytes("operator.xlsx")));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    /** The column of a row field, found by the header the workbook shows for it. */
    private static int column(Sheet sheet, String field) {
        String name = Column.header(field);
        int index = header(sheet).indexOf(name);
        assertThat(index).as(sheet.getSheetName() + " column " + name).isNotNegative();
        return index;
    }

    private static long rowsStartingWith(Sheet sheet, String text) {
        long found = 0;
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                found++;
            }
        }
        return found;
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + text);
    }
}
