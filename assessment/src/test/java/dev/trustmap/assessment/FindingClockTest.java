package dev.trustmap.assessment;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.defaultPolicy;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trustmap.assessment.history.FindingHistory;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Change;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FirstSeenBy;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.assessment.ResolvedFinding;
import dev.trustmap.model.assessment.Subject;
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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The clock and change of findings over quarters, on a tiny catalog with every date worked out by hand. As of
 * 2026-09-30T23:59:59Z; the high severity's deadline is 30 days; two earlier quarters, as of the ends of Q1 and Q2.
 */
class FindingClockTest {

    private static final Instant Q1 = Instant.parse("2026-03-31T23:59:59Z");
    private static final Instant Q2 = Instant.parse("2026-06-30T23:59:59Z");

    private static Control control(String id, Domain domain) {
        return new Control(id, domain, id, "o", new Realisations("h", "m", "a"), Set.of(Lane.MACHINE, Lane.AI),
                EvidenceKind.AUTOMATED, Severity.HIGH, List.of(), null);
    }

    private static final Catalog CATALOG = new Catalog("test", "0", List.of(), List.of(
            control("LFC-01", Domain.LIFECYCLE), control("ACT-02", Domain.ACCOUNTABILITY)), List.of());

    /** A workload with one access key of the given age, owned. */
    private static Identity keyed(String id, long keyAgeDays) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD).technicalOwner("o@example.com")
                .addCredential(credential(id + "#k", CredentialKind.ACCESS_KEY, daysAgo(keyAgeDays))).build();
    }

    /** A workload with no owner and nothing else: fails ACT-02, which the evidence cannot date. */
    private static Identity unowned(String id) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD).build();
    }

    private static Finding earlier(String control, String identity, String credential, Instant firstSeen) {
        return new Finding(FindingIds.of(control, identity, credential), control,
                new Subject(identity, credential, "machine", "o@example.com", Subject.IDENTITY, null),
                Severity.HIGH, "x", "y", FindingStatus.OPEN, null, null, firstSeen, FirstSeenBy.THIS_QUARTER,
                LocalDate.of(2026, 7, 30), 0, Change.NEW, "z");
    }

    private static final List<Finding> IN_Q2 = List.of(
            earlier("LFC-01", "svc-b", "svc-b#k", Q2),
            earlier("LFC-01", "svc-z", "svc-z#k", Instant.parse("2026-05-01T00:00:00Z")),
            earlier("ACT-02", "svc-e", null, Q2),
            earlier("ACT-02", "svc-y", null, Q2));

    private static FindingHistory history() {
        FindingHistory.Builder history = FindingHistory.builder();
        FindingHistory.Builder.Quarter q2 = history.quarter();
        IN_Q2.forEach(q2::add);
        q2.keep(Q2);
        FindingHistory.Builder.Quarter q1 = history.quarter();
        List.of("svc-e", "svc-f", "svc-y", "svc-q").forEach(id -> q1.add(earlier("ACT-02", id, null, Q1)));
        q1.keep(Q1); // older: only its ids count; svc-q, gone since Q1, is not resolved this quarter
        // the same quarter again (its unpacked folder, say), with a finding it cannot have: left out
        FindingHistory.Builder.Quarter copy = history.quarter();
        copy.add(earlier("ACT-02", "svc-g", null, Q2));
        copy.keep(Q2);
        return history.build();
    }

    private static Assessment assess(FindingHistory history) {
        var inventory = inventory(keyed("svc-a", 10), keyed("svc-b", 200), keyed("svc-c", 300), unowned("svc-e"),
                unowned("svc-f"), unowned("svc-g"));
        List<ExceptionGrant> exceptions = List.of(new ExceptionGrant("EX-1", "LFC-01", "svc-c", "migration",
                "req@example.com", "cfo@example.com", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31),
                "monitoring", "exceptions.yaml line 1"));
        return AssessmentEngine.withAllChecks().assess(new AssessmentInputs(CATALOG, inventory, defaultPolicy(),
                AS_OF, null, null, exceptions, null, history));
    }

    @Test
    void eachFindingIsDatedByItsEvidenceElseByTheEarliestQuarterThatHadItElseNow() {
        Assessment a = assess(history());

        assertThat(a.findings()).extracting(f -> f.subject().identity(), Finding::firstSeen, Finding::firstSeenBy,
                Finding::dueOn, Finding::daysOverdue, Finding::change).containsExactly(
                // in the assessment's order: same severity, so by control, then identity
                tuple("svc-e", Q1, FirstSeenBy.HISTORY, LocalDate.of(2026, 4, 30), 153, Change.PERSISTING),
                // in Q1, gone in Q2, back now: reopened, and its clock still runs from Q1
                tuple("svc-f", Q1, FirstSeenBy.HISTORY, LocalDate.of(2026, 4, 30), 153, Change.REOPENED),
                tuple("svc-g", AS_OF, FirstSeenBy.THIS_QUARTER, LocalDate.of(2026, 10, 30), 0, Change.NEW),
                // key created 200 days before the as-of, 90 allowed: past the limit since 110 days before it
                tuple("svc-b", Instant.parse("2026-06-12T23:59:59Z"), FirstSeenBy.EVIDENCE,
                        LocalDate.of(2026, 7, 12), 80, Change.PERSISTING),
                // 300 - 90 = 210 days before the as-of; accepted by EX-1: its clock is kept but does not run
                tuple("svc-c", Instant.parse("2026-03-04T23:59:59Z"), FirstSeenBy.EVIDENCE,
                        LocalDate.of(2026, 4, 3), 0, Change.NEW));
        assertThat(a.findings().get(4).status()).isEqualTo(FindingStatus.ACCEPTED);
        // judged from the credential as its importer located it
        assertThat(a.findings().get(3).subject().evidence()).isEqualTo("test line 1");
    }

    @Test
    void theQuarterBeforesFindingsThatAreGoneAreResolvedWithTheDaysTheyWereOpen() {
        Assessment a = assess(history());

        assertThat(a.resolved()).extracting(r -> r.subject().identity(), ResolvedFinding::control,
                ResolvedFinding::firstSeen, ResolvedFinding::daysOpen).containsExactly(
                tuple("svc-z", "LFC-01", Instant.parse("2026-05-01T00:00:00Z"), 152L),
                // its pack said first seen in Q2; Q1 had it already
                tuple("svc-y", "ACT-02", Q1, 183L));
        Remediation r = a.remediation();
        assertThat(r.previousAsOf()).isEqualTo(Q2);
        assertThat(List.of(r.newFindings(), r.persisting(), r.reopened(), r.resolved())).containsExactly(2, 2, 1, 2);
        assertThat(r.overdueBySeverity()).containsExactly(Map.entry(Severity.CRITICAL, 0),
                Map.entry(Severity.HIGH, 3), Map.entry(Severity.MEDIUM, 0),
                Map.entry(Severity.LOW, 0));
        assertThat(r.oldestOverdueCriticalDays()).isNull();
        assertThat(r.medianDaysToResolve()).isEqualTo(152L);
        assertThat(r.p90DaysToResolve()).isEqualTo(183L);
    }

    @Test
    void withoutHistoryEveryFindingIsNewAndNothingIsResolved() {
        Assessment a = assess(FindingHistory.none());

        assertThat(a.findings()).extracting(Finding::change).containsOnly(Change.NEW);
        assertThat(a.findings()).filteredOn(f -> f.subject().identity().equals("svc-e"))
                .extracting(Finding::firstSeenBy, Finding::dueOn)
                .containsExactly(tuple(FirstSeenBy.THIS_QUARTER, LocalDate.of(2026, 10, 30)));
        assertThat(a.resolved()).isEmpty();
        assertThat(a.remediation().previousAsOf()).isNull();
        assertThat(a.remediation().newFindings()).isEqualTo(5);
        assertThat(a.remediation().medianDaysToResolve()).isNull();
    }
}
