package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plants each kind of lint error in an overlay and checks the message and where it points. */
class CatalogLintTest {

    /** What every mapping records besides its rationale (the OSCAL 1.2 mapping fields); fixtures get it added. */
    private static final String OSCAL_FIELDS =
            ", matching: semantic, confidence: high, provenance: {method: human, status: complete, "
                    + "reviewed: 2026-12-07}";

    @TempDir
    Path overlay;

    /** A control that is valid on its own: three frameworks, rationales everywhere. Starts at line 3. */
    private static String control(String id, String extraMappings) {
        return """
                  - id: %s
                    domain: ACCESS
                    title: Test control
                    objective: Something testable.
                    realisations: {human: h, machine: m, ai: a}
                    lanes: [machine]
                    evidence: automated
                    severity: low
                    mappings:
                      - {framework: owasp-nhi-top10-2025, item: "NHI5:2025", relationship: subset-of, rationale: r}
                      - {framework: nist-csf-2.0, item: PR.AA-05, relationship: subset-of, rationale: r}
                      - {framework: csa-maestro, item: L4, relationship: intersects-with, rationale: r}
                %s""".formatted(id, extraMappings);
    }

    private List<InputProblem> lint(String file, String content) throws IOException {
        Files.writeString(overlay.resolve(file), complete(content));
        CatalogLoader.Result result = CatalogLoader.read(overlay);
        List<InputProblem> problems = new ArrayList<>(result.problems());
        problems.addAll(CatalogLint.check(result.catalog()));
        return problems;
    }

    /** Adds the OSCAL fields to every fixture mapping written with {@code rationale: r}. */
    private static String complete(String content) {
        return content.replace("rationale: r}", "rationale: r" + OSCAL_FIELDS + "}");
    }

    @Test
    void bundledCatalogIsClean() {
        CatalogLoader.Result result = CatalogLoader.read(null);
        assertThat(result.problems()).isEmpty();
        assertThat(CatalogLint.check(result.catalog())).isEmpty();
    }

    @Test
    void validOverlayIsClean() throws IOException {
        assertThat(lint("ours.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-01", ""))).isEmpty();
    }

    @Test
    void duplicateControlIdPointsAtTheSecondDefinition() throws IOException {
        List<InputProblem> problems = lint("dup.yaml",
                "kind: controls\ncontrols:\n" + control("ZZZ-01", "") + control("ZZZ-01", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("dup.yaml");
            assertThat(p.location()).isEqualTo("line 15, column 5");
            assertThat(p.message()).contains("duplicate control id 'ZZZ-01'").contains("dup.yaml:3:5");
        });
    }

    @Test
    void mappingToAnItemThatDoesNotExistIsNamedWithNearestIds() throws IOException {
        List<InputProblem> problems = lint("missing.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-02",
                "      - {framework: nist-csf-2.0, item: PR.AA-99, relationship: subset-of, rationale: r}\n"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 15, column 9");
            assertThat(p.message()).contains("nist-csf-2.0:PR.AA-99, which does not exist");
            assertThat(p.fix()).contains("PR.AA-0");
        });
    }

    @Test
    void mappingToAnUnknownFrameworkSuggestsTheClosest() throws IOException {
        List<InputProblem> problems = lint("fw.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-03",
                "      - {framework: nist-csf-2, item: PR.AA-05, relationship: subset-of, rationale: r}\n"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("framework 'nist-csf-2', which does not exist");
            assertThat(p.fix()).startsWith("Use one of: nist-csf-2.0");
        });
    }

    @Test
    void legacyAndMalformedIdsAreNamedWithTheOfficialOnes() throws IOException {
        List<InputProblem> problems = lint("legacy.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-04",
                "      - {framework: nist-csf-2.0, item: PR.AC-4, relationship: subset-of, rationale: r}\n"
                        + "      - {framework: owasp-nhi-top10-2025, item: NHI-03, relationship: subset-of,"
                        + " rationale: r}\n"));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).location()).isEqualTo("line 15, column 9");
        assertThat(problems.get(0).message()).contains("PR.AC-4, which is a withdrawn (legacy) id");
        assertThat(problems.get(0).fix()).isEqualTo("Write the official id: PR.AA-05.");
        assertThat(problems.get(1).location()).isEqualTo("line 16, column 9");
        assertThat(problems.get(1).message()).contains("NHI-03, which is not the official form");
        assertThat(problems.get(1).fix()).isEqualTo("Write the official id: NHI3:2025.");
    }

    @Test
    void malformedControlIdIsReported() throws IOException {
        List<InputProblem> problems = lint("bad-id.yaml", "kind: controls\ncontrols:\n" + control("act-7", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3, column 5");
            assertThat(p.message()).contains("control id 'act-7' is malformed");
        });
    }

    @Test
    void controlWithFewerThanThreeFrameworksIsReported() throws IOException {
        String two = """
                kind: controls
                controls:
                  - id: ZZZ-05
                    domain: LIFECYCLE
                    title: Two frameworks only
                    objective: o
                    realisations: {human: h, machine: m, ai: a}
                    lanes: [machine, ai]
                    evidence: automated
                    severity: medium
                    mappings:
                      - {framework: nist-csf-2.0, item: PR.AA-05, relationship: subset-of, rationale: r}
                      - {framework: nist-csf-2.0, item: PR.AA-01, relationship: subset-of, rationale: r}
                      - {framework: csa-maestro, item: L4, relationship: subset-of, rationale: r}
                """;
        List<InputProblem> problems = lint("two.yaml", two);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3, column 5");
            assertThat(p.message()).isEqualTo("control ZZZ-05 maps to 2 frameworks [csa-maestro, nist-csf-2.0];"
                    + " at least 3 are required.");
        });
    }

    @Test
    void missingRationaleIsReported() throws IOException {
        List<InputProblem> problems = lint("why.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-06",
                "      - {framework: nist-ai-rmf-1.0, item: GOVERN 2.1, relationship: intersects-with" + OSCAL_FIELDS
                        + "}\n"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 15, column 9");
            assertThat(p.message()).isEqualTo("mapping of ZZZ-06 to nist-ai-rmf-1.0:GOVERN 2.1 has no rationale.");
        });
    }

    @Test
    void mappingWithoutTheOscalFieldsIsReported() throws IOException {
        Files.writeString(overlay.resolve("bare.yaml"), "kind: controls\ncontrols:\n" + control("ZZZ-08", "")
                .replace("rationale: r}", "rationale: r, matching: semantic}"));
        CatalogLoader.Result result = CatalogLoader.read(overlay);
        List<InputProblem> problems = CatalogLint.check(result.catalog());
        assertThat(problems).hasSize(3).first().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 12, column 9");
            assertThat(p.message()).isEqualTo("mapping of ZZZ-08 to owasp-nhi-top10-2025:NHI5:2025 has no confidence"
                    + " or provenance.");
            assertThat(p.fix()).contains("'confidence:' (high, medium or low)").contains("status: complete");
        });
    }

    @Test
    void aiActionMappedWithoutItsAiRmfSubcategoryIsReportedUnlessItSaysWhy() throws IOException {
        List<InputProblem> problems = lint("action.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-09",
                "      - {framework: nist-ai-600-1, item: GV-1.6-001, relationship: intersects-with, rationale: r}\n"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 15, column 9");
            assertThat(p.message()).isEqualTo("control ZZZ-09 maps to nist-ai-600-1:GV-1.6-001 but not to"
                    + " nist-ai-rmf-1.0:GOVERN 1.6, the AI RMF subcategory the action belongs to.");
        });
        assertThat(lint("action.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-09",
                "      - {framework: nist-ai-600-1, item: GV-1.6-001, relationship: intersects-with, rationale: r,"
                        + " parentNotMapped: the control keeps no inventory of AI systems" + OSCAL_FIELDS + "}\n")))
                .isEmpty();
        assertThat(lint("action.yaml", "kind: controls\ncontrols:\n" + control("ZZZ-09",
                "      - {framework: nist-ai-600-1, item: GV-1.6-001, relationship: intersects-with, rationale: r}\n"
                        + "      - {framework: nist-ai-rmf-1.0, item: GOVERN 1.6, relationship: intersects-with,"
                        + " rationale: r}\n"))).isEmpty();
    }

    @Test
    void itemOfAFullyCoveredFrameworkLeftUnmappedIsReportedAtTheItem() throws IOException {
        String framework = """
                kind: framework
                id: acme-internal
                name: ACME internal standard
                version: "3"
                countedKinds: [requirement]
                requireFullCoverage: true
                items:
                  - {id: ACME-1, kind: requirement, title: Keys rotate}
                  - {id: ACME-2, kind: requirement, title: Owners named}
                  - {id: ACME-3, kind: requirement, title: Printers}
                """;
        Files.writeString(overlay.resolve("a-framework.yaml"), framework);
        List<InputProblem> problems = lint("b-mappings.yaml", """
                kind: mappings
                mappings:
                  - {control: LFC-01, framework: acme-internal, item: ACME-1, relationship: equal, rationale: r}
                notApplicable:
                  - {framework: acme-internal, item: ACME-3, reason: Printers hold no NHI.}
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("a-framework.yaml");
            assertThat(p.location()).isEqualTo("line 9, column 5");
            assertThat(p.message()).startsWith("acme-internal:ACME-2 (Owners named) is neither mapped");
        });
    }

    @Test
    void overlayMappingsReachBundledControls() throws IOException {
        Files.writeString(overlay.resolve("a-framework.yaml"), """
                kind: framework
                id: iso-27001-2022
                name: ISO/IEC 27001 Annex A
                version: "2022"
                countedKinds: [control]
                items:
                  - {id: A.5.16, kind: control, title: Identity management}
                """);
        Files.writeString(overlay.resolve("b-mappings.yaml"), complete("""
                kind: mappings
                mappings:
                  - {control: ACT-01, framework: iso-27001-2022, item: A.5.16, relationship: subset-of, rationale: r}
                """));
        var catalog = CatalogLoader.load(overlay);
        assertThat(catalog.version()).isEqualTo("2026.12+overlay");
        assertThat(catalog.control("ACT-01").orElseThrow().frameworks()).contains("iso-27001-2022");
        assertThat(catalog.mappingsTo("iso-27001-2022", "A.5.16")).extracting(m -> m.controlId())
                .containsExactly("ACT-01");
    }

    @Test
    void mappingForAnUnknownControlSuggestsNearestControls() throws IOException {
        List<InputProblem> problems = lint("m.yaml", """
                kind: mappings
                mappings:
                  - {control: LFC-1, framework: nist-csf-2.0, item: PR.AA-05, relationship: subset-of, rationale: r}
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3, column 5");
            assertThat(p.message()).isEqualTo("mapping for control 'LFC-1', which does not exist.");
            assertThat(p.fix()).contains("LFC-01");
        });
    }

    @Test
    void schemaViolationIsLocated() throws IOException {
        List<InputProblem> problems = lint("schema.yaml",
                "kind: controls\ncontrols:\n" + control("ZZZ-07", "").replace("lanes: [machine]", "lanes: [robots]"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 8, column 13");
            assertThat(p.message()).contains("/controls/0/lanes/0").contains("machine");
        });
    }

    @Test
    void duplicateYamlKeyAndBrokenYamlAreLocated() throws IOException {
        Files.writeString(overlay.resolve("broken.yaml"), "kind: mappings\nmappings: [\n  {control: ACT-01\n");
        List<InputProblem> problems = lint("twice.yaml", "kind: mappings\nkind: mappings\n");
        assertThat(problems).extracting(InputProblem::describe).anySatisfy(d -> assertThat(d)
                .contains("twice.yaml:line 2, column 1: the key 'kind' appears twice"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith("broken.yaml");
            assertThat(p.location()).isEqualTo("line 3, column 19");
            assertThat(p.message()).startsWith("not well-formed");
        });
    }

    @Test
    void fileWithoutAKnownKindIsRefused() throws IOException {
        List<InputProblem> problems = lint("what.yaml", "kind: policy\nfoo: 1\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 1, column 7");
            assertThat(p.message())
                    .isEqualTo("expected 'kind' to be framework, controls, mappings or tool-checks, found 'policy'.");
        });
    }
}
