package dev.trustmap.assessment;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.defaultPolicy;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Realisations;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine on a tiny catalog: exceptions, attestations and roll-ups, each with numbers worked out by hand. */
class AssessmentEngineTest {

    private static Control control(String id, Domain domain, EvidenceKind evidence, Severity severity) {
        return new Control(id, domain, id, "o", new Realisations("h", "m", "a"), Set.of(Lane.MACHINE, Lane.AI),
                evidence, severity, List.of(), null);
    }

    private static final Catalog CATALOG = new Catalog("test", "0", List.of(), List.of(
            control("LFC-01", Domain.LIFECYCLE, EvidenceKind.AUTOMATED, Severity.HIGH),
            control("AXS-04", Domain.ACCESS, EvidenceKind.ATTESTATION, Severity.HIGH),
            control("ACT-05", Domain.ACCOUNTABILITY, EvidenceKind.ATTESTATION, Severity.MEDIUM),
            control("RVK-05", Domain.REVOCATION, EvidenceKind.AUTOMATED, Severity.MEDIUM)), List.of());

    private static Identity workload(String id, long keyAgeDays) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD).technicalOwner("o@example.com")
                .addCredential(credential(id + "#k", CredentialKind.ACCESS_KEY, daysAgo(keyAgeDays))).build();
    }

    private static ExceptionGrant grant(String id, String identity, String approvedBy, LocalDate expires) {
        return new ExceptionGrant(id, "LFC-01", identity, "migration", "req@example.com", approvedBy,
                LocalDate.of(2026, 6, 1), expires, "monitoring", "exceptions.yaml line 1");
    }

    private Assessment assess(List<ExceptionGrant> exceptions, List<Attestation> attestations) {
        var inventory = inventory(workload("svc-a", 10), workload("svc-b", 200), workload("svc-c", 300),
                workload("svc-d", 400));
        return AssessmentEngine.withAllChecks().assess(new AssessmentInputs(CATALOG, inventory, defaultPolicy(),
                AS_OF, null, null, exceptions, attestations));
    }

    private static ControlResult result(Assessment a, String id) {
        return a.controls().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void activeExceptionAcceptsItsFailureExpiredOneLeavesItOpenWithANoteInvalidOneAcceptsNothing() {
        Assessment a = assess(List.of(
                grant("EX-1", "svc-b", "cfo@example.com", LocalDate.of(2026, 12, 31)),
                grant("EX-2", "svc-c", "cfo@example.com", LocalDate.of(2026, 9, 29)),
                grant("EX-3", "svc-*", "req@example.com", LocalDate.of(2026, 12, 31))), List.of());
        Finding b = finding(a, "svc-b");
        assertThat(b.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(b.exception()).isEqualTo("EX-1");
        Finding c = finding(a, "svc-c");
        assertThat(c.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(c.exceptionNote()).isEqualTo("exception EX-2 expired on 2026-09-29");
        assertThat(finding(a, "svc-d").status()).isEqualTo(FindingStatus.OPEN);
        ControlResult lfc = result(a, "LFC-01");
        // 4 keys: svc-a passes, svc-b accepted, svc-c and svc-d open: pass rate 1/4
        assertThat(List.of(lfc.population(), lfc.passed(), lfc.failed(), lfc.accepted()))
                .containsExactly(4, 1, 2, 1);
        assertThat(lfc.passRate()).isEqualTo(25.0);
        assertThat(lfc.status()).isEqualTo(ControlStatus.NOT_MET);
        ControlResult rvk05 = result(a, "RVK-05");
        assertThat(List.of(rvk05.population(), rvk05.passed(), rvk05.failed())).containsExactly(3, 2, 1);
        assertThat(a.exceptions()).extracting(e -> e.grant().id() + ":" + e.state().key() + ":" + e.accepted())
                .containsExactly("EX-1:active:1", "EX-2:expired:0", "EX-3:invalid:0");
        assertThat(a.kpis().exceptionsActive()).isEqualTo(1);
        assertThat(a.kpis().exceptionsExpired()).isEqualTo(1);
    }

    @Test
    void findingsHaveStableIdsAndDueDatesFromWhenTheProblemBeganPlusTheirSeveritysDeadline() {
        Finding d = finding(assess(null, null), "svc-d");
        assertThat(d.id()).isEqualTo(FindingIds.of("LFC-01", "svc-d", "svc-d#k"))
                .isEqualTo(finding(assess(null, null), "svc-d").id());
        assertThat(d.id().charAt(14)).as("UUID version").isEqualTo('5');
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        // key created 400 days before 2026-09-30, 90 allowed: past the limit 310 days before, then 30 to fix it
        assertThat(d.firstSeen()).isEqualTo(Instant.parse("2025-11-24T23:59:59Z"));
        assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(d.daysOverdue()).isEqualTo(280);
        assertThat(d.observed()).isEqualTo("key age 400 days");
    }

    @Test
    void noExceptionsFileLeavesRvk05NotAssessed() {
        assertThat(result(assess(null, null), "RVK-05").status()).isEqualTo(ControlStatus.NOT_ASSESSED);
    }

    @Test
    void attestedControlsTakeTheNewestAttestationAndAStaleOneIsNotMet() {
        Assessment a = assess(null, List.of(
                new Attestation("AXS-04", null, "implemented", "ana", LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 9, 1), "pdp.pdf", null, "a.yaml line 1"),
                new Attestation("ACT-05", null, "not_implemented", "ana", LocalDate.of(2026, 1, 1), null, "e", null,
                        "a.yaml line 7"),
                new Attestation("ACT-05", null, "partial", "bo", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 8, 1),
                        "e", null, "a.yaml line 13")));
        ControlResult axs04 = result(a, "AXS-04");
        assertThat(axs04.status()).isEqualTo(ControlStatus.NOT_MET);
        assertThat(axs04.basis()).isEqualTo("attested by ana on 2025-09-01; stale since 2026-09-01");
        ControlResult act05 = result(a, "ACT-05");
        assertThat(act05.status()).isEqualTo(ControlStatus.PARTIAL);
        assertThat(act05.basis()).isEqualTo("attested by bo on 2026-08-01");
    }

    @Test
    void scoresAreMeanPassRatesOfAssessedControls() {
        Assessment a = assess(null, List.of(new Attestation("AXS-04", null, "implemented", "ana",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1), "e", null, "x")));
        // LIFECYCLE: LFC-01 passes 1 of 4 -> 25; ACCESS: AXS-04 met -> 100; ACCOUNTABILITY: ACT-05 not assessed
        assertThat(a.domains()).extracting(s -> s.name() + "=" + s.score() + "/" + s.rag()).containsExactly(
                "ACCESS=100.0/green", "LIFECYCLE=25.0/red", "DELEGATION=null/grey", "ACCOUNTABILITY=null/grey",
                "REVOCATION=null/grey");
    }

    @Test
    void identityAttestationsFeedTheirCheckAndAreNeitherListedNorMakeAControlMet() {
        Catalog catalog = new Catalog("test", "0", List.of(), List.of(
                control("ACT-05", Domain.ACCOUNTABILITY, EvidenceKind.ATTESTATION, Severity.MEDIUM),
                control("ACT-07", Domain.ACCOUNTABILITY, EvidenceKind.AUTOMATED, Severity.MEDIUM)), List.of());
        var inventory = inventory(workload("svc-a", 10), workload("svc-b", 20), workload("svc-c", 30));
        List<Attestation> attestations = List.of(
                new Attestation("ACT-07", "svc-a", "implemented", "o@example.com", LocalDate.of(2026, 8, 3),
                        LocalDate.of(2026, 12, 31), "review", null, "attestations.csv line 2"),
                new Attestation("ACT-07", "svc-b", "partial", "o@example.com", LocalDate.of(2026, 8, 3),
                        LocalDate.of(2026, 12, 31), "review", null, "attestations.csv line 3"),
                new Attestation("ACT-07", "svc-gone", "implemented", "o@example.com", LocalDate.of(2026, 8, 3),
                        LocalDate.of(2026, 12, 31), "review", null, "attestations.csv line 4"),
                new Attestation("ACT-05", "svc-a", "implemented", "o@example.com", LocalDate.of(2026, 8, 3),
                        null, "e", null, "attestations.csv line 5"));

        Assessment a = AssessmentEngine.withAllChecks().assess(new AssessmentInputs(catalog, inventory,
                defaultPolicy(), AS_OF, null, null, null, attestations));

        assertThat(a.attestations()).isEmpty();
        assertThat(result(a, "ACT-05").status()).isEqualTo(ControlStatus.NOT_ASSESSED);
        ControlResult act07 = result(a, "ACT-07");
        assertThat(act07.passed()).isEqualTo(1);
        assertThat(act07.failed()).isEqualTo(2);
        Finding moved = finding(a, "svc-b");
        assertThat(moved.observed()).isEqualTo("handed over on 2026-08-03, not yet confirmed by the new owner");
        assertThat(moved.firstSeen()).isEqualTo(Instant.parse("2026-08-03T00:00:00Z"));
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(finding(a, "svc-c").dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(a.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("attestations.csv line 4");
            assertThat(w.message()).isEqualTo("ACT-07 attestation for identity_id 'svc-gone', which is no identity"
                    + " of the inventory; it was not used.");
        });
    }

    private static Finding finding(Assessment a, String identity) {
        return a.findings().stream().filter(f -> f.subject().identity().equals(identity)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + identity));
    }
}
