package dev.trustmap.assessment;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.defaultPolicy;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.Disagreement;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Realisations;
import dev.trustmap.model.catalog.SourceRef;
import dev.trustmap.model.catalog.ToolCheck;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prowler's results on LFC-01 beside trustmap's own rotation check, at each boundary. */
class ToolEvidenceTest {

    private static final String CHECK = "iam_rotate_access_key_90_days";

    private static final Catalog CATALOG = new Catalog("test", "0", List.of(), List.of(
            new Control("LFC-01", Domain.LIFECYCLE, "LFC-01", "o", new Realisations("h", "m", "a"),
                    Set.of(Lane.MACHINE, Lane.AI), EvidenceKind.AUTOMATED, Severity.HIGH, List.of(), null)),
            List.of(), List.of(), List.of(new ToolCheck("prowler", CHECK, List.of("LFC-01"), "stale keys",
                    SourceRef.UNKNOWN)));

    private static ExternalResult prowler(ToolVerdict verdict) {
        return new ExternalResult("prowler", CHECK, verdict, "f-" + verdict.key(), AS_OF.minusSeconds(86_400),
                "key 1 rotated " + (verdict == ToolVerdict.FAIL ? "120" : "30") + " days ago",
                new Origin("prowler.ocsf.json", "/0"));
    }

    /** A workload whose one key is {@code keyAgeDays} old, or which holds no key when that is negative. */
    private static Identity workload(String id, long keyAgeDays, ToolVerdict verdict) {
        Identity.Builder identity = Identity.builder(id).actorClass(ActorClass.WORKLOAD)
                .technicalOwner("o@example.com");
        if (keyAgeDays >= 0) {
            identity.addCredential(credential(id + "#k", CredentialKind.ACCESS_KEY, daysAgo(keyAgeDays)));
        }
        if (verdict != null) {
            identity.addExternalResult(prowler(verdict));
        }
        return identity.build();
    }

    private static Assessment assess(Identity... identities) {
        return AssessmentEngine.withAllChecks().assess(new AssessmentInputs(CATALOG, inventory(identities),
                defaultPolicy(), AS_OF, null, null, List.of(), List.of()));
    }

    private static ControlResult lfc01(Assessment a) {
        return a.controls().get(0);
    }

    @Test
    void aFailOnlyFailsTheIdentityNamingTheToolAndItsFinding() {
        Assessment a = assess(workload("svc-fail", -1, ToolVerdict.FAIL));

        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.control()).isEqualTo("LFC-01");
            assertThat(f.subject().identity()).isEqualTo("svc-fail");
            assertThat(f.subject().credential()).isNull();
            assertThat(f.subject().evidence()).isEqualTo("prowler: prowler.ocsf.json /0");
            assertThat(f.observed()).isEqualTo("Prowler iam_rotate_access_key_90_days: FAIL (key 1 rotated 120 "
                    + "days ago)");
            assertThat(f.limit()).isEqualTo("pass prowler's check");
            assertThat(f.id()).isEqualTo(FindingIds.of("LFC-01", "svc-fail", null));
        });
        assertThat(lfc01(a).failed()).isEqualTo(1);
        assertThat(a.disagreements()).isEmpty();
    }

    @Test
    void aPassOnlyIsAPassWhereTrustmapHadNothingToJudge() {
        Assessment a = assess(workload("svc-pass", -1, ToolVerdict.PASS));

        assertThat(a.findings()).isEmpty();
        assertThat(lfc01(a).passed()).isEqualTo(1);
        assertThat(lfc01(a).basis()).doesNotContain("no static credentials");
    }

    @Test
    void aToolPassAgainstANativeFailKeepsTheFailureNamesBothAndIsADisagreement() {
        Assessment a = assess(workload("svc-old", 200, ToolVerdict.PASS));

        Finding finding = a.findings().get(0);
        assertThat(a.findings()).hasSize(1);
        assertThat(finding.subject().credential()).isEqualTo("svc-old#k");
        assertThat(finding.observed()).isEqualTo("key age 200 days; Prowler iam_rotate_access_key_90_days: PASS");
        assertThat(lfc01(a).passed()).isZero();
        assertThat(a.disagreements()).containsExactly(new Disagreement("svc-old", "LFC-01", "fail", "prowler", CHECK,
                "pass", "f-pass"));
    }

    @Test
    void aToolFailAgainstANativePassFailsKeepsThePassAndIsADisagreement() {
        Assessment a = assess(workload("svc-new", 10, ToolVerdict.FAIL));

        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isNull();
            assertThat(f.observed()).isEqualTo("trustmap: pass (1 judged); Prowler iam_rotate_access_key_90_days: "
                    + "FAIL (key 1 rotated 120 days ago)");
        });
        assertThat(lfc01(a).passed()).isEqualTo(1);
        assertThat(lfc01(a).failed()).isEqualTo(1);
        assertThat(a.disagreements()).containsExactly(new Disagreement("svc-new", "LFC-01", "pass", "prowler", CHECK,
                "fail", "f-fail"));
    }

    @Test
    void bothFailingIsOneFindingNamingBothAndNoDisagreement() {
        Assessment a = assess(workload("svc-old", 200, ToolVerdict.FAIL));

        assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("key age 200 days; Prowler iam_rotate_access_key_90_days: FAIL"));
        assertThat(a.disagreements()).isEmpty();
    }

    @Test
    void manualAndMutedAreNotAssessedForTheirReasonAndNeverAPass() {
        Assessment a = assess(workload("svc-manual", -1, ToolVerdict.MANUAL),
                workload("svc-muted", -1, ToolVerdict.MUTED));

        assertThat(a.findings()).isEmpty();
        assertThat(lfc01(a).passed()).isZero();
        assertThat(lfc01(a).notAssessed()).isEqualTo(2);
        assertThat(a.disagreements()).isEmpty();
    }

    @Test
    void aMutedResultBesideANativeVerdictChangesNothingButIsNamedInTheFailure() {
        Assessment a = assess(workload("svc-old", 200, ToolVerdict.MUTED), workload("svc-new", 10,
                ToolVerdict.MANUAL));

        assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("key age 200 days; Prowler iam_rotate_access_key_90_days: MUTED"));
        assertThat(lfc01(a).passed()).isEqualTo(1);
        assertThat(lfc01(a).notAssessed()).isZero();
    }

    @Test
    void theBundledCatalogsProwlerMappingDrivesTheEngine() {
        Identity unusedKey = Identity.builder("svc-idle").actorClass(ActorClass.WORKLOAD)
                .technicalOwner("o@example.com").addExternalResult(new ExternalResult("prowler",
                        "iam_user_accesskey_unused", ToolVerdict.FAIL, "f-1", AS_OF, "unused for 120 days", null))
                .build();

        Assessment a = AssessmentEngine.withAllChecks().assess(new AssessmentInputs(CatalogLoader.bundled(),
                inventory(unusedKey), defaultPolicy(), AS_OF, null, null, List.of(), List.of()));

        // (ACT-01 and ACT-03 fail it too, for what the identity lacks)
        assertThat(a.findings()).filteredOn(f -> f.control().equals("RVK-01")).extracting(Finding::observed)
                .containsExactly("Prowler iam_user_accesskey_unused: FAIL (unused for 120 days)");
    }

    @Test
    void disagreementsAreWrittenToAssessmentJsonAndReadBack() throws IOException {
        Assessment a = assess(workload("svc-old", 200, ToolVerdict.PASS), workload("svc-new", 10, ToolVerdict.FAIL));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AssessmentJson.write(a, bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\n  \"disagreements\": [\n    {\"identity\":"
                + "\"svc-old\",\"control\":\"LFC-01\",\"trustmap\":\"fail\",\"tool\":\"prowler\",\"check\":"
                + "\"iam_rotate_access_key_90_days\",\"toolVerdict\":\"pass\",\"findingId\":\"f-pass\"},\n");
        Assessment read = AssessmentJsonReader.read("assessment.json", new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.disagreements()).isEqualTo(a.disagreements()).hasSize(2);
    }
}
