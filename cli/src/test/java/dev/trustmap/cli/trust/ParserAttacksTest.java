package dev.trustmap.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML that could make a file mean something other than what it shows: anchors, aliases, merge keys and tags are
 * refused in every YAML file trustmap reads, each with its file, line and column.
 */
class ParserAttacksTest extends CommandTestBase {

    private static final String ALIAS_FIX = "Write the value out in full here.";

    @TempDir
    Path dir;

    private Path inventory;

    @BeforeEach
    void oneIdentity() throws IOException {
        inventory = Files.writeString(dir.resolve("inventory.csv"),
                "identity_id,identity_name,platform\nsvc-billing,billing,aws\n");
    }

    /** The problems printed on stderr, one per line, without the heading. */
    private static List<String> problems(Run run) {
        return run.err().lines().filter(line -> line.startsWith("  ")).map(String::strip).toList();
    }

    private static String anchor(Path file, String where, String name) {
        return file + ":" + where + ": the anchor '&" + name + "' marks a value for reuse elsewhere; trustmap does"
                + " not expand anchors or aliases. Fix: Remove '&" + name + "' and write each value out in full"
                + " where it is used.";
    }

    private static String alias(Path file, String where, String name) {
        return file + ":" + where + ": the alias '*" + name + "' stands for a value written elsewhere; trustmap"
                + " does not expand aliases. Fix: " + ALIAS_FIX;
    }

    private static String tag(Path file, String where, String tag) {
        return file + ":" + where + ": the tag '" + tag + "' asks for the value to be read as a type of its own;"
                + " trustmap reads values only as written. Fix: Remove '" + tag + "' and write the value as plain"
                + " text.";
    }

    private static String mergeKey(Path file, String where) {
        return file + ":" + where + ": '<<' merges another mapping into this one; trustmap does not expand merge"
                + " keys. Fix: Remove the '<<:' line and write the keys out in full here.";
    }

    @Test
    void selfApprovalHiddenBehindAnAliasIsRefusedAtTheAnchorAndTheAlias() throws IOException {
        Path exceptions = Files.writeString(dir.resolve("exceptions.yaml"), """
                - id: EXC-001
                  control_id: LFC-01
                  identity: svc-billing
                  reason: The vendor appliance cannot rotate its key
                  requested_by: &me alice@example.com
                  approved_by: *me
                  approved_on: 2026-03-01
                  expires_on: 2027-02-28
                """);
        Run run = trustmap("assess", inventory.toString(), "--exceptions", exceptions.toString(), "--as-of",
                "2026-09-30", "--out", dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(anchor(exceptions, "line 5, column 17", "me"),
                alias(exceptions, "line 6, column 16", "me"));
        assertThat(dir.resolve("out/assessment.json")).doesNotExist();
    }

    @Test
    void policyWithAnchorsAliasesAndAMergeKeyIsRefusedAtEach() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), """
                kind: policy
                limits: &strict
                  unused-days: 30
                deadlines:
                  <<: *strict
                """);
        Run run = trustmap("policy", "show", "--policy", policy.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(anchor(policy, "line 2, column 9", "strict"),
                mergeKey(policy, "line 5, column 3"), alias(policy, "line 5, column 7", "strict"));
    }

    @Test
    void everyKindOfTagIsRefusedInAttestations() throws IOException {
        Path attestations = Files.writeString(dir.resolve("attestations.yaml"), """
                - control_id: DLG-02
                  status: !!str partial
                  attested_by: carol@example.com
                  attested_on: !!timestamp 2026-06-01
                  evidence: !!binary aHR0cHM6Ly93aWtp
                  notes: !foo Two agents still share one key
                """);
        Run run = trustmap("assess", inventory.toString(), "--attestations", attestations.toString(), "--as-of",
                "2026-09-30", "--out", dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(tag(attestations, "line 2, column 11", "!!str"),
                tag(attestations, "line 4, column 16", "!!timestamp"),
                tag(attestations, "line 5, column 13", "!!binary"),
                tag(attestations, "line 6, column 10", "!foo"));
    }

    @Test
    void tagOnAKeyIsRefusedToo() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), """
                kind: policy
                limits:
                  ? !!str unused-days
                  : 30
                """);
        Run run = trustmap("policy", "show", "--policy", policy.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(tag(policy, "line 3, column 5", "!!str"));
    }

    @Test
    void organisationWithACustomTagInReportYamlIsRefusedNotBlanked() throws IOException {
        Path assessment = dir.resolve("assessment");
        Run assessed = trustmap("assess", inventory.toString(), "--as-of", "2026-09-30", "--out",
                assessment.toString());
        assertThat(assessed.code()).as(assessed.err()).isZero();
        Path config = Files.writeString(dir.resolve("report.yaml"), "organisation: !tag Acme\naccent: \"#0b6e4f\"\n");
        Run run = trustmap("report", "--assessment", assessment.toString(), "--format", "json", "--config",
                config.toString(), "--out", dir.resolve("report").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(tag(config, "line 1, column 15", "!tag"));
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void catalogOverlayWithAnAliasedRationaleIsRefused() throws IOException {
        Path overlay = Files.createDirectory(dir.resolve("catalog"));
        Path mappings = Files.writeString(overlay.resolve("ours.yaml"), """
                kind: mappings
                mappings:
                  - control: ACT-01
                    framework: nist-csf-2.0
                    item: PR.AA-01
                    relationship: subset-of
                    rationale: &why The register is part of identity management.
                  - control: ACT-02
                    framework: nist-csf-2.0
                    item: PR.AA-01
                    relationship: subset-of
                    rationale: *why
                """);
        Run run = trustmap("catalog", "lint", "--catalog", overlay.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(3);
        List<String> found = new ArrayList<>();
        for (JsonNode problem : run.json()) {
            found.add(problem.get("file").asText() + ":" + problem.get("location").asText() + ": "
                    + problem.get("message").asText() + " Fix: " + problem.get("fix").asText());
        }
        assertThat(found).containsExactly(anchor(mappings, "line 7, column 16", "why"),
                alias(mappings, "line 12, column 16", "why"));
    }
}
