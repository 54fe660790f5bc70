package dev.trustmap.cli.commands.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandsTest extends CommandTestBase {

    @Test
    void frameworksJsonListsTheSixFrameworksWithTheirCounts() {
        Run run = trustmap("catalog", "frameworks", "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode rows = run.json();
        List<String> summary = new ArrayList<>();
        rows.forEach(r -> summary.add(r.get("id").asText() + "=" + r.get("items").asInt()));
        assertThat(summary).containsExactly("owasp-nhi-top10-2025=10", "owasp-agentic-top10-2026=10",
                "csa-maestro=7", "nist-csf-2.0=106", "nist-ai-rmf-1.0=72", "nist-ai-600-1=224");
        JsonNode ai600 = rows.get(5);
        assertThat(ai600.at("/itemsByKind/risk").asInt()).isEqualTo(12);
        assertThat(ai600.at("/itemsByKind/action").asInt()).isEqualTo(212);
        JsonNode nhi = rows.get(0);
        assertThat(nhi.get("mapped").asInt() + nhi.get("notApplicable").asInt()).isEqualTo(10);
        assertThat(rows.get(2).at("/itemsByKind/layer").asInt()).isEqualTo(7);
    }

    @Test
    void controlsJsonListsTheThirtyControls() {
        Run run = trustmap("catalog", "controls", "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode rows = run.json();
        assertThat(rows).hasSize(30);
        assertThat(rows.get(0).get("id").asText()).isEqualTo("ACT-01");
        assertThat(rows.get(0).get("domain").asText()).isEqualTo("ACCOUNTABILITY");
        assertThat(rows.get(29).get("id").asText()).isEqualTo("RVK-06");
        rows.forEach(r -> assertThat(r.get("frameworks").size()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void controlsFilterByDomainAndFramework() {
        JsonNode delegation = trustmap("catalog", "controls", "--domain", "delegation", "--format", "json").json();
        List<String> ids = new ArrayList<>();
        delegation.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("DLG-01", "DLG-02", "DLG-03", "DLG-04", "DLG-05");
        JsonNode maestro = trustmap("catalog", "controls", "--framework", "csa-maestro", "--format", "json").json();
        maestro.forEach(r -> assertThat(r.get("frameworks").toString()).contains("csa-maestro"));
        Run unknown = trustmap("catalog", "controls", "--framework", "nist-csf");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no framework 'nist-csf'").contains("nist-csf-2.0");
    }

    @Test
    void resolveGivesTheRealIds() {
        assertThat(resolved("PR.AC-4")).isEqualTo("nist-csf-2.0:PR.AA-05");
        assertThat(resolved("NHI-03")).isEqualTo("owasp-nhi-top10-2025:NHI3:2025");
        assertThat(resolved("ASI-03")).isEqualTo("owasp-agentic-top10-2026:ASI03");
        assertThat(resolved("Layer 4")).isEqualTo("csa-maestro:L4");
    }

    @Test
    void resolveNeverGivesAGuessAsTheAnswer() {
        Run m4 = trustmap("catalog", "resolve", "M4", "--format", "json");
        assertThat(m4.code()).isEqualTo(3);
        assertThat(m4.json().get("status").asText()).isEqualTo("not-found");
        assertThat(m4.json().at("/candidates/0/id").asText()).isEqualTo("L4");
        assertThat(m4.json().at("/candidates/0/basis").asText()).isEqualTo("candidate");
        Run foreign = trustmap("catalog", "resolve", "A01:2025");
        assertThat(foreign.code()).isEqualTo(3);
        assertThat(foreign.out()).startsWith("A01:2025: foreign. A01:2025 is an id of OWASP Top 10:2025, a framework"
                + " trustmap does not carry; the candidates are guesses only. Candidates:").contains("ASI01");
        Run withdrawn = trustmap("catalog", "resolve", "RC.CO-2", "--format", "json");
        assertThat(withdrawn.code()).isEqualTo(3);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawn.json().get("note").asText()).contains("has no successor");
        assertThat(trustmap("catalog", "resolve", "PR.AC-4", "--format", "json").json().at("/matches/0/basis")
                .asText()).isEqualTo("successor");
    }

    private static String resolved(String id) {
        Run run = trustmap("catalog", "resolve", id, "--format", "json");
        assertThat(run.code()).as(id).isZero();
        JsonNode match = run.json().at("/matches/0");
        return match.get("framework").asText() + ":" + match.get("id").asText();
    }

    @Test
    void resolveOfAnIdThatExistsNowhereSaysNotFoundWithCandidates() {
        Run run = trustmap("catalog", "resolve", "GOV-02", "--format", "json");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.json().get("status").asText()).isEqualTo("not-found");
        assertThat(run.json().get("matches")).isEmpty();
        assertThat(run.json().get("candidates")).hasSize(5);
        Run table = trustmap("catalog", "resolve", "GOV-02");
        assertThat(table.out()).startsWith("GOV-02: not found in any framework or control; nearest ids:");
    }

    @Test
    void showControlListsItsMappings() {
        Run run = trustmap("catalog", "show", "LFC-01", "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode control = run.json();
        assertThat(control.get("type").asText()).isEqualTo("control");
        assertThat(control.get("domain").asText()).isEqualTo("LIFECYCLE");
        assertThat(control.at("/realisations/ai").asText()).isNotBlank();
        assertThat(control.get("mappings").size()).isGreaterThanOrEqualTo(3);
        control.get("mappings").forEach(m -> assertThat(m.get("rationale").asText()).isNotBlank());
    }

    @Test
    void showItemByLegacyIdListsTheControlsMappedToIt() {
        Run run = trustmap("catalog", "show", "PR.AC-4", "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode item = run.json();
        assertThat(item.get("framework").asText()).isEqualTo("nist-csf-2.0");
        assertThat(item.get("id").asText()).isEqualTo("PR.AA-05");
        assertThat(item.get("resolvedFrom").asText()).isEqualTo("PR.AC-4");
        assertThat(item.get("coverage").asText()).isEqualTo("mapped");
        List<String> controls = new ArrayList<>();
        item.get("mappedBy").forEach(m -> controls.add(m.get("control").asText()));
        assertThat(controls).contains("AXS-01");
        Run text = trustmap("catalog", "show", "nist-csf-2.0:PR.AA-05");
        assertThat(text.out()).startsWith("nist-csf-2.0:PR.AA-05").contains("controls mapped to it");
    }

    @Test
    void showOfUnknownIdIsBadInput() {
        Run run = trustmap("catalog", "show", "GOV-02");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("'GOV-02' is not a control or framework item. Nearest: ");
    }

    @Test
    void crosswalkRowsHaveTheDocumentedColumns() {
        Run run = trustmap("catalog", "crosswalk", "--from", "owasp-nhi-top10-2025", "--to", "nist-csf-2.0",
                "--format", "csv");
        assertThat(run.code()).isZero();
        String[] lines = run.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("fromItem,control,relationshipFrom,relationshipTo,toItem");
        assertThat(lines[1]).startsWith("NHI1:2025,");
        assertThat(lines.length).isGreaterThan(20);
    }

    @Test
    void coverageReportsEveryFramework() {
        JsonNode rows = trustmap("catalog", "coverage", "--format", "json").json();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).get("framework").asText()).isEqualTo("owasp-nhi-top10-2025");
        assertThat(rows.get(0).get("percent").asDouble()).isEqualTo(100.0);
        assertThat(rows.get(3).get("items").asInt()).isEqualTo(106);
    }

    @Test
    void lintIsCleanOnTheBundledCatalog() {
        Run run = trustmap("catalog", "lint");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("catalog 2026.12 is clean: 6 frameworks, 30 controls,");
    }

    @Test
    void lintWithABrokenOverlayExitsThreeAndNamesTheLine(@TempDir Path overlay) throws IOException {
        Files.writeString(overlay.resolve("ours.yaml"), """
                kind: mappings
                mappings:
                  - {control: ACT-01, framework: nist-csf-2.0, item: PR.AC-4, relationship: subset-of, rationale: r,
                     matching: semantic, confidence: high,
                     provenance: {method: human, status: complete, reviewed: 2026-12-07}}
                """);
        Run run = trustmap("catalog", "lint", "--catalog", overlay.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(3);
        JsonNode problem = run.json().get(0);
        assertThat(problem.get("file").asText()).endsWith("ours.yaml");
        assertThat(problem.get("location").asText()).isEqualTo("line 3, column 5");
        assertThat(problem.get("fix").asText()).isEqualTo("Write the official id: PR.AA-05.");
        Run frameworks = trustmap("catalog", "frameworks", "--catalog", overlay.toString());
        assertThat(frameworks.code()).isEqualTo(3);
        assertThat(frameworks.err()).contains("ours.yaml:line 3, column 5");
    }

    @Test
    void exportWritesTheMappingsAsAnOscalMappingCollectionOrTrestlesCsv() {
        Run oscal = trustmap("catalog", "export", "--format", "oscal-mapping");
        assertThat(oscal.code()).isZero();
        JsonNode collection = oscal.json().path("mapping-collection");
        assertThat(collection.at("/metadata/oscal-version").asText()).isEqualTo("1.2.1");
        assertThat(collection.path("mappings")).hasSize(6);
        assertThat(trustmap("catalog", "export", "--format", "oscal-mapping").out()).isEqualTo(oscal.out());
        Run csv = trustmap("catalog", "export", "--format", "csv");
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("$$Source_Resource,$$Target_Resource,").contains("\r\n");
        Run wrong = trustmap("catalog", "export", "--format", "xlsx");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("--format: expected oscal-mapping or csv, found 'xlsx'.");
    }
}
