package dev.trustmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-checkable fixture estate: imports and assesses it as {@code trustmap assess} does with the files
 * docs/assessment-fixture.md names ({@link AssessmentRun}, default policy), then compares every number of the page's
 * control table and KPI table with the assessment JSON. A changed rule, check
 * or page makes it fail, naming every cell that differs.
 */
class AssessmentFixtureTest {

    /** The module's working directory is {@code assessment/}: the page is a folder up, the fixture under it. */
    private static final Path DOC = Path.of("..", "docs", "assessment-fixture.md");
    private static final Path FIXTURE = Path.of("src", "test", "resources", "dev", "trustmap", "assessment",
            "fixture");

    private static final String CONTROL_HEADER =
            "| control | population | passed | failed | accepted | notAssessed | status | why |";
    private static final String KPI_HEADER = "| kpi | value |";
    private static final List<String> COUNTS = List.of("population", "passed", "failed", "accepted", "notAssessed");
    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    @Test
    void everyControlReportsWhatThePageSays() throws IOException {
        JsonNode assessment = assess();
        List<List<String>> rows = table(CONTROL_HEADER);

        List<String> documented = rows.stream().map(r -> r.get(0)).toList();
        List<String> assessed = new ArrayList<>();
        assessment.get("controls").forEach(c -> assessed.add(c.get("id").asText()));
        assertThat(documented).as("the page's controls, in catalog order").containsExactlyElementsOf(assessed);

        List<String> differences = new ArrayList<>();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        assessment.get("controls").forEach(c -> byId.put(c.get("id").asText(), c));
        for (List<String> row : rows) {
            JsonNode control = byId.get(row.get(0));
            for (int i = 0; i < COUNTS.size(); i++) {
                compare(differences, row.get(0) + " " + COUNTS.get(i), row.get(i + 1),
                        control.get(COUNTS.get(i)).asText());
            }
            compare(differences, row.get(0) + " status", row.get(6), control.get("status").asText());
            if (row.get(7).isBlank()) {
                differences.add(row.get(0) + ": the why column is empty");
            }
        }
        assertThat(differences).as("page vs assessment.json").isEmpty();
    }

    /** Each row's why names the identities (or exceptions, controls) its findings are about. */
    @Test
    void everyFindingIsNamedInItsControlsWhy() throws IOException {
        JsonNode assessment = assess();
        Map<String, String> why = new LinkedHashMap<>();
        table(CONTROL_HEADER).forEach(r -> why.put(r.get(0), r.get(7)));
        List<String> unnamed = new ArrayList<>();
        int ownerless = 0;
        for (JsonNode finding : assessment.get("findings")) {
            String control = finding.get("control").asText();
            if (control.equals("ACT-06") && finding.get("observed").asText().equals("no owner")) {
                ownerless++; // the page counts these ("24 controls have no owner") rather than naming them
                continue;
            }
            String subject = finding.get("identity").asText().replaceFirst("^(control|exception|leak):", "");
            if (!why.getOrDefault(control, "").contains(subject)) {
                unnamed.add(control + " " + subject);
            }
        }
        assertThat(unnamed).as("findings whose subject the why column does not name").isEmpty();
        assertThat(why.get("ACT-06")).contains(ownerless + " controls have no owner");
    }

    @Test
    void theKpisAndTheMaturityAreWhatThePageSays() throws IOException {
        JsonNode assessment = assess();
        Map<String, String> page = new LinkedHashMap<>();
        for (List<String> row : table(KPI_HEADER)) {
            assertThat(page.put(row.get(0), row.get(1))).as("KPI %s listed twice", row.get(0)).isNull();
        }

        Map<String, String> actual = new LinkedHashMap<>();
        JsonNode kpis = assessment.get("kpis");
        for (Map.Entry<String, JsonNode> kpi : kpis.properties()) {
            actual.put(kpi.getKey(), kpi.getValue().asText());
        }
        Map<String, Integer> open = new LinkedHashMap<>();
        SEVERITIES.forEach(s -> open.put(s, 0));
        for (JsonNode finding : assessment.get("findings")) {
            if (finding.get("status").asText().equals("open")) {
                open.merge(finding.get("severity").asText(), 1, Integer::sum);
            }
        }
        open.forEach((severity, n) -> actual.put("openFindings." + severity, String.valueOf(n)));
        JsonNode maturity = assessment.get("maturity");
        actual.put("maturity.stage", maturity.get("stage").asText());
        actual.put("maturity.name", maturity.get("name").asText());
        List<String> next = new ArrayList<>();
        maturity.get("next").forEach(n -> next.add(n.asText()));
        actual.put("maturity.next", String.join(", ", next));

        assertThat(page.keySet()).as("every KPI of assessment.json, and nothing else, is on the page")
                .containsExactlyInAnyOrderElementsOf(actual.keySet());
        List<String> differences = new ArrayList<>();
        actual.forEach((kpi, value) -> compare(differences, kpi, page.get(kpi), value));
        assertThat(differences).as("page vs assessment.json").isEmpty();
    }

    private JsonNode assess() throws IOException {
        assertThat(DOC).as("run from the assessment module").exists();
        Catalog catalog = CatalogLoader.bundled();
        Assessment assessed = new AssessmentRun(catalog, PolicyReader.defaults(),
                Instant.parse("2026-09-30T23:59:59Z"),
                AssessmentRun.exceptions(AssessmentRun.files(List.of(FIXTURE.resolve("exceptions.yaml"))), catalog),
                AssessmentRun.attestations(AssessmentRun.files(List.of(FIXTURE.resolve("attestations.yaml"))),
                        catalog), false)
                .run(List.of(FIXTURE.resolve("inventory.csv"), FIXTURE.resolve("gitleaks.json")),
                        List.of(FIXTURE.resolve("control-owners.csv"), FIXTURE.resolve("people.csv")),
                        new InventoryImport.Listener() { })
                .assessment();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AssessmentJson.write(assessed, json);
        JsonNode assessment = new ObjectMapper().readTree(json.toByteArray());
        assertThat(assessment.get("asOf").asText()).isEqualTo("2026-09-30T23:59:59Z");
        assertThat(assessment.get("warnings")).as("the fixture reads cleanly").isEmpty();
        return assessment;
    }

    /** Numbers compare by value (93.8 = 93.80); everything else as text. */
    private static void compare(List<String> differences, String what, String documented, String actual) {
        boolean same;
        try {
            same = new BigDecimal(documented).compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException | NullPointerException e) {
            same = actual.equals(documented);
        }
        if (!same) {
            differences.add(what + ": page says " + documented + ", assessment says " + actual);
        }
    }

    /** The body rows of the page's table with this header, cells trimmed and code backticks removed. */
    private static List<List<String>> table(String header) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf(header);
        assertThat(start).as("the page has a table headed %s", header).isNotNegative();
        int columns = cells(header).size();
        List<List<String>> rows = new ArrayList<>();
        // header, then the |---| separator, then rows until the first line that is not a table row
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            assertThat(row).as("line %d of %s", i + 1, DOC).hasSize(columns);
            rows.add(row);
        }
        assertThat(rows).as("rows of the table headed %s", header).isNotEmpty();
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip().replace("`", ""));
        }
        return cells;
    }
}
