package dev.trustmap.cli.commands.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest extends CommandTestBase {

    private static final String ESTATE = Path.of("..", "examples", "estate").toString();

    @TempDir
    Path out;

    private Run assess(Path dir, String... extra) {
        String[] base = {"assess", ESTATE, "--ignore-unknown", "--as-of", "2026-09-30", "--out", dir.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return trustmap(args);
    }

    @Test
    void aDecommissionListFromAnOwnerReviewMakesRvk02FailAnIdentityPastItsDate() throws IOException {
        Path list = out.resolve("decommissions.csv");
        Files.writeString(list, "identity_id,identity_name,decommission_on,owner,answered_by,reason,source\n"
                + "agent:finance-copilot,finance-copilot,2026-09-01,ana@example.com,ana@example.com,replaced,"
                + "owner review 2026-Q2-review-1a2b3c4d: ana.xlsx Review!Q2\n");
        Run run = assess(out.resolve("a"), "--decommissions", list.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(out.resolve("a/assessment.json").toFile());
        JsonNode found = null;
        for (JsonNode finding : a.get("findings")) {
            if (finding.get("control").asText().equals("RVK-02")
                    && finding.get("identity").asText().equals("agent:finance-copilot")) {
                found = finding;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("observed").asText()).startsWith("decommissioned on 2026-09-01, ");
    }

    @Test
    void writesAssessmentAndFindingsWithTheDocumentedFields() throws IOException {
        Run run = assess(out);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("assessment as of 2026-09-30T23:59:59Z").contains("controls: ")
                .contains("maturity: stage ");
        JsonNode a = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
        assertThat(a.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(a.at("/policy/sha256").asText()).hasSize(64);
        assertThat(a.at("/catalog/version").asText()).isEqualTo("2026.12");
        assertThat(a.get("controls")).hasSize(30);
        JsonNode first = a.get("controls").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "status", "population", "passed", "failed",
                "accepted", "notAssessed");
        JsonNode leak = null;
        for (JsonNode finding : a.get("findings")) {
            if (finding.get("control").asText().equals("RVK-04")) {
                leak = finding;
            }
        }
        assertThat(leak).isNotNull();
        assertThat(leak.get("identity").asText()).isEqualTo("agent:finance-copilot");
        assertThat(leak.get("severity").asText()).isEqualTo("critical");
        // the scanner dates the leak 18 days before the as-of: the critical deadline of 7 days ran out 11 days ago
        assertThat(leak.get("firstSeen").asText()).startsWith("2026-09-12T");
        assertThat(leak.get("firstSeenBy").asText()).isEqualTo("evidence");
        assertThat(leak.get("dueOn").asText()).isEqualTo("2026-09-19");
        assertThat(leak.get("daysOverdue").asInt()).isEqualTo(11);
        assertThat(leak.get("change").asText()).isEqualTo("new");
        assertThat(leak.get("evidence").asText()).isEqualTo("../examples/estate/scanners/gitleaks.json /0");
        assertThat(leak.get("observed").asText()).isEqualTo(
                "leaked 18 days ago in notebooks/invoice-demo.ipynb:12, still active");
        assertThat(Files.readAllLines(out.resolve("findings.csv")).get(0))
                .startsWith("\uFEFFid,control,identity,credential,lane,severity,status,observed,limit,firstSeen,"
                        + "firstSeenBy,dueOn,daysOverdue,change,exception");
    }

    @Test
    void sameInputsAndAsOfGiveTheSameBytes() throws IOException {
        assertThat(assess(out.resolve("a")).code()).isZero();
        assertThat(assess(out.resolve("b")).code()).isZero();
        for (String file : new String[] {"assessment.json", "findings.csv"}) {
            assertThat(Files.readAllBytes(out.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(out.resolve("b").resolve(file)));
        }
    }

    @Test
    void failOnTripsTheGateWhenAnOpenFindingIsAtOrAboveTheSeverity() {
        Run gate = assess(out, "--fail-on", "critical");
        assertThat(gate.code()).isEqualTo(1);
        assertThat(gate.err()).contains("open findings at or above critical");
        assertThat(out.resolve("assessment.json")).exists();
    }

    @Test
    void unknownPolicyKeyIsBadInputWithItsLineAndNothingIsWritten() throws IOException {
        Path policy = Files.writeString(out.resolve("policy.yaml"), "kind: policy\nlimits:\n  unused-day: 45\n");
        Path dir = out.resolve("result");
        Run run = assess(dir, "--policy", policy.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("policy.yaml:line 3").contains("unused-days");
        assertThat(dir.resolve("assessment.json")).doesNotExist();
    }

    @Test
    void policyInitThenShowGivesTheDefaultsAndTheirDigest() throws IOException {
        Path policy = out.resolve("policy.yaml");
        assertThat(trustmap("policy", "init", "--out", policy.toString()).code()).isZero();
        assertThat(Files.readString(policy)).contains("static-secret-max-age-days: 90").contains("# LFC-01");
        Run again = trustmap("policy", "init", "--out", policy.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists; pass --force");
        Run defaults = trustmap("policy", "show");
        Run fromFile = trustmap("policy", "show", "--policy", policy.toString());
        assertThat(defaults.code()).isZero();
        assertThat(fromFile.out()).isEqualTo(defaults.out()).contains("unused-days: 90").contains("# sha256: ");
    }

    @Test
    void overridingALimitChangesTheResultAndTheDigest() throws IOException {
        Path policy = Files.writeString(out.resolve("p.yaml"), "limits:\n  unused-days: 5000\n");
        assertThat(assess(out.resolve("strict")).code()).isZero();
        assertThat(assess(out.resolve("lenient"), "--policy", policy.toString()).code()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode strict = json.readTree(out.resolve("strict/assessment.json").toFile());
        JsonNode lenient = json.readTree(out.resolve("lenient/assessment.json").toFile());
        assertThat(lenient.at("/policy/sha256").asText()).isNotEqualTo(strict.at("/policy/sha256").asText());
        assertThat(lenient.at("/policy/limits/unused-days").asInt()).isEqualTo(5000);
        assertThat(strict.at("/kpis/unusedCredentials").asInt()).isPositive();
        assertThat(lenient.at("/kpis/unusedCredentials").asInt()).isZero();
    }
}
