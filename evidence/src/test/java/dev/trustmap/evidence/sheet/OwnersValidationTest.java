package dev.trustmap.evidence.sheet;

import static dev.trustmap.evidence.sheet.OwnersTemplateTest.fill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersValidationTest {

    private static final List<String> KNOWN = List.of("agent:support", "svc-payments", "ci-deployer");

    @TempDir
    Path dir;

    @Test
    void everyPlantedMistakeIsReportedWithItsSheetAndCell() throws IOException {
        Path file = dir.resolve("owners.xlsx");
        try (XSSFWorkbook workbook = OwnersTemplate.build(new CatalogControls(CatalogLoader.bundled()).ids())) {
            XSSFSheet identities = workbook.getSheet("Identity owners");
            fill(identities, "agent:support", "alice@example.com", "bob@example.com", "Triage", "helpdesk", "prod",
                    "ai_agent", LocalDate.of(2027, 1, 31));
            fill(identities, "agent:support", "alice@example.com");
            fill(identities, "agent:suport", "alice@example.com");
            fill(identities, "svc-payments", "alice at example", null, null, null, null, "robot", "next year");
            fill(identities, null, "alice@example.com");
            XSSFSheet controls = workbook.getSheet("Control owners");
            fill(controls, "ACT-01", "alice@example.com", "bob@example.com", "Platform", LocalDate.of(2026, 12, 1));
            fill(controls, "RVK-6", "alice@example.com");
            fill(controls, "ACT-01", "bob@example.com");
            fill(controls, "ACT-02", null, "bob@example.com");
            fill(controls, "ACT-03", "carol@", "dave@example");
            fill(controls, "ACT-04", "alice@example.com", null, null, "soon");
            XSSFSheet people = workbook.getSheet("People");
            fill(people, "alice@example.com", "Alice", "active");
            fill(people, "bob@example.com", "Bob", "departed");
            fill(people, "carol.example.com", "Carol", "active");
            fill(people, "dave@example.com", "Dave", "retired");
            fill(people, "erin@example.com", "Erin", "departed", "31/12/2025");
            fill(people, "ALICE@example.com", "Alice again", "Active");
            fill(people, null, "Frank", "active");
            fill(people, "grace@example.com", "Grace");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        List<InputProblem> problems = OwnersValidation.validate(OwnersWorkbook.read(new EvidenceFile(file)),
                new CatalogControls(CatalogLoader.bundled()), KNOWN);

        assertThat(problems).extracting(InputProblem::location).containsExactly(
                "Identity owners!A3", "Identity owners!A4", "Identity owners!B5", "Identity owners!G5",
                "Identity owners!H5", "Identity owners!A6",
                "Control owners!A3", "Control owners!A4", "Control owners!B5", "Control owners!B6",
                "Control owners!C6", "Control owners!E7",
                "People!D3", "People!A4", "People!C5", "People!D6", "People!A7", "People!A8", "People!C9");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        Map<String, InputProblem> byCell = problems.stream()
                .collect(Collectors.toMap(InputProblem::location, p -> p));
        assertThat(byCell.get("Identity owners!A3").message()).contains("listed twice")
                .contains("Identity owners!A2");
        assertThat(byCell.get("Identity owners!A4").message()).contains("'agent:suport'").contains("no identity");
        assertThat(byCell.get("Identity owners!A4").fix()).isEqualTo("Did you mean agent:support?");
        assertThat(byCell.get("Identity owners!G5").fix()).contains("ai_agent, ai_orchestrator, ai_assistant");
        assertThat(byCell.get("Identity owners!H5").message()).contains("'next year'");
        assertThat(byCell.get("Control owners!A3").message()).isEqualTo(
                "control_id 'RVK-6' is not a control in the catalog.");
        assertThat(byCell.get("Control owners!A3").fix()).isEqualTo("Did you mean RVK-06?");
        assertThat(byCell.get("Control owners!A4").message()).contains("Control owners!A2");
        assertThat(byCell.get("Control owners!B5").message()).isEqualTo("owner is empty for control ACT-02.");
        assertThat(byCell.get("Control owners!C6").message()).contains("'dave@example'");
        assertThat(byCell.get("Control owners!E7").message()).contains("review_due").contains("'soon'");
        assertThat(byCell.get("People!D3").message()).contains("departed_on is empty");
        assertThat(byCell.get("People!C5").message()).contains("'retired'");
        assertThat(byCell.get("People!D6").message()).contains("'31/12/2025'");
        assertThat(byCell.get("People!A7").message()).contains("People!A2");
        assertThat(byCell.get("People!C9").message()).isEqualTo("status is empty.");
    }

    @Test
    void identityIdsAreNotCheckedWhenTheInventoryIsUnknown() throws IOException {
        Path file = csv("identity_id,technical_owner\nanything-at-all,alice@example.com\n");

        assertThat(OwnersValidation.validate(OwnersWorkbook.read(new EvidenceFile(file)),
                new CatalogControls(CatalogLoader.bundled()), List.of())).isEmpty();
    }

    @Test
    void readReportsEveryStructuralProblemAtOnce() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet controls = workbook.createSheet("Controls");
            fill(controls, "control_id", "owner", "Owner");
            XSSFSheet people = workbook.createSheet("Directory");
            fill(people, "email", "name");
            XSSFSheet identities = workbook.createSheet("Identities");
            fill(identities, "identity_id", "technical_owner");
            fill(identities, "agent:support");
            identities.getRow(1).createCell(1).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThatThrownBy(() -> OwnersWorkbook.read(new EvidenceFile(file))).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(InputProblem::location,
                        InputProblem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Controls!C1",
                                "the header names the column 'Owner' twice (Controls!B1 and Controls!C1)."),
                        org.assertj.core.groups.Tuple.tuple("Directory!A1",
                                "the sheet 'Directory' has no status column."),
                        org.assertj.core.groups.Tuple.tuple("Identities!B2",
                                "technical_owner holds the spreadsheet error #DIV/0!.")));
    }

    @Test
    void workbookWithNoOwnersSheetSaysWhatItExpects() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("Budget"), "cost", "month");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThatThrownBy(() -> OwnersWorkbook.read(new EvidenceFile(file))).isInstanceOf(InputException.class)
                .hasMessageContaining("Budget")
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).fix())
                        .contains("Control owners: control_id, owner, backup_owner, team, review_due"));
    }

    private Path csv(String text) throws IOException {
        Path file = Files.createTempFile(dir, "owners", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
