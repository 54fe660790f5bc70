package dev.trustmap.evidence.sheet;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventorySheetXlsxTest {

    // credential_kind is column F, as in the documentation's example Inventory!F7.
    private static final String[] HEADER = {"identity_id", "identity_name", "actor_class", "platform",
        "credential_id", "credential_kind", "created_at", "last_used_at", "privileged", "ttl_seconds", "account",
        "credential_active"};

    private final InventorySheetImporter importer = new InventorySheetImporter();

    @TempDir
    Path dir;

    @Test
    void readsRealDateCellsNumbersBooleansAndFormulaResults() throws IOException {
        Path file = workbook(sheet -> {
            Object[] row = {"agent:billing", null, "AI agent", "openai", "key-1", "api_key",
                LocalDateTime.of(2025, 3, 1, 0, 0), LocalDateTime.of(2026, 9, 1, 13, 45), true, 3600,
                123456789012L, "=1=1"};
            put(sheet, 1, row);
            Cell name = sheet.getRow(1).createCell(1);
            name.setCellFormula("\"billing-\"&\"agent\"");
        }, true);

        Identity agent = identity(importFiles(importer, file), "agent:billing");
        Credential key = credential(agent, "key-1");

        assertThat(agent.name()).isEqualTo("billing-agent");
        assertThat(agent.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(agent.account()).isEqualTo("123456789012");
        assertThat(agent.privileged()).isTrue();
        assertThat(key.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(key.lastUsedAt()).isEqualTo(Instant.parse("2026-09-01T13:45:00Z"));
        assertThat(key.ttlSeconds()).isEqualTo(3600L);
        assertThat(key.active()).isTrue();
        assertThat(key.origin().location()).isEqualTo("Inventory!E2");
    }

    @Test
    void badKindNamesTheCell() throws IOException {
        Path file = workbook(sheet -> {
            for (int r = 1; r <= 5; r++) {
                put(sheet, r, new Object[] {"bot-" + r, null, null, "aws", "k" + r, "api_key"});
            }
            put(sheet, 6, new Object[] {"bot-6", null, null, "aws", "k6", "magic_key"});
        }, true);

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputProblem problem = ((InputException) e).problems().get(0);
                    assertThat(problem.location()).isEqualTo("Inventory!F7");
                    assertThat(problem.fix()).contains("access_key, api_key");
                });
    }

    @Test
    void numberThatCannotBeADateIsABadRowNamingTheCell() throws IOException {
        Path file = workbook(sheet -> put(sheet, 1, new Object[] {"bot-1", null, null, "aws", "k1", "api_key",
            1_700_000_000L}), true);

        Inventory inventory = importFiles(importer, true, file);

        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("Inventory!G2");
            assertThat(w.message()).isEqualTo("skipped: expected a date in created_at, found the number 1700000000.");
        });
    }

    @Test
    void formulaWithoutSavedResultIsABadRowNamingTheCell() throws IOException {
        Path file = workbook(sheet -> {
            put(sheet, 1, new Object[] {"bot-1", null, null, "aws", "k1", "api_key"});
            sheet.getRow(1).createCell(6).setCellFormula("TODAY()");
        }, false);

        Inventory inventory = importFiles(importer, true, file);

        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("Inventory!G2");
            assertThat(w.message()).contains("TODAY()").contains("no saved result");
        });
    }

    @Test
    void sheetsWithoutIdentityIdAreSkippedWithAWarning() throws IOException {
        Path file = workbook(sheet -> {
            put(sheet, 1, new Object[] {"bot-1", "ci-runner"});
            Sheet notes = sheet.getWorkbook().createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Remember to rotate");
        }, true);

        Inventory inventory = importFiles(importer, file);

        assertThat(identity(inventory, "bot-1").actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(inventory.warnings()).extracting(InputProblem::location).containsExactly("Notes!A1");
    }

    @Test
    void duplicateHeaderNamesTheCells() throws IOException {
        Path file = workbook(sheet -> sheet.getRow(0).createCell(12).setCellValue("Platform"), true);

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).location())
                        .isEqualTo("Inventory!M1"))
                .hasMessageContaining("D1 and Inventory!M1");
    }

    @Test
    void workbookWithNoInventorySheetNamesTheExpectedHeaders() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("cost");
            workbook.write(out);
        }

        assertThat(InventorySheetImporter.isInventoryWorkbook(new EvidenceFile(file))).isFalse();
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("Budget").hasMessageContaining("identity_id");
    }

    @Test
    void anOwnersWorkbookIsNotReadAsInventory() {
        Path file = dir.resolve("owners.xlsx");
        OwnersTemplateTest.writeTemplate(file, new CatalogControls(CatalogLoader.bundled()).ids());

        assertThat(InventorySheetImporter.isInventoryWorkbook(new EvidenceFile(file))).isFalse();
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("no sheet has an inventory header row");
    }

    @Test
    void recognisesAnInventoryWorkbookByItsHeaderRow() throws IOException {
        Path file = workbook(sheet -> put(sheet, 1, new Object[] {"bot-1"}), true);

        assertThat(InventorySheetImporter.isInventoryWorkbook(new EvidenceFile(file))).isTrue();
        assertThat(importer.recognises(new EvidenceFile(file).head())).isTrue();
        assertThat(InventorySheetImporter.isInventoryWorkbook(new EvidenceFile(
                dev.trustmap.evidence.ImporterTestSupport.resource("dev/trustmap/evidence/sheet/inventory.csv"))))
                .as("not a zip").isFalse();
    }

    @Test
    void largeStreamedWorkbookKeepsEveryRow() throws IOException {
        Path file = dir.resolve("large.xlsx");
        int identities = 2_500;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Inventory");
            put(sheet, 0, HEADER);
            for (int r = 1; r <= 2 * identities; r++) {
                int k = (r - 1) % identities;
                put(sheet, r, new Object[] {"agent-" + k, "agent-" + k, null, "openai", "key-" + r, "api_key",
                    LocalDateTime.of(2025, 1, 1, 0, 0).plusDays(k % 365)});
            }
            workbook.write(out);
        }

        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.identities()).hasSize(identities);
        assertThat(inventory.identities()).allSatisfy(i -> assertThat(i.credentials()).hasSize(2));
        Identity last = identity(inventory, "agent-2499");
        assertThat(last.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(credential(last, "key-5000").origin().location()).isEqualTo("Inventory!E5001");
        assertThat(credential(last, "key-5000").createdAt()).isEqualTo(Instant.parse("2025-11-06T00:00:00Z"));
    }

    interface Filler {
        void fill(Sheet sheet) throws IOException;
    }

    private Path workbook(Filler filler, boolean evaluate) throws IOException {
        Path file = Files.createTempFile(dir, "inventory", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Inventory");
            put(sheet, 0, HEADER);
            filler.fill(sheet);
            if (evaluate) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    static void put(Sheet sheet, int rowIndex, Object[] values) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String s && s.startsWith("=")) {
                cell.setCellFormula(s.substring(1));
            } else if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(date);
            }
        }
    }
}
