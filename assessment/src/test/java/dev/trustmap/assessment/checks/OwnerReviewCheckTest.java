package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerReviewCheckTest {

    private final OwnerReviewCheck check = new OwnerReviewCheck();

    private static Identity workload(String id) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD).technicalOwner("ana@example.com").build();
    }

    private static Attestation answer(String identity, String status, String on, String until) {
        return new Attestation("ACT-07", identity, status, "ana@example.com", LocalDate.parse(on),
                until == null ? null : LocalDate.parse(until), "review 2026-Q2", null, "attestations.csv line 2");
    }

    @Test
    void noOwnerReviewResultsLeaveTheControlNotAssessed() {
        CheckRun run = CheckRun.of(check, context(inventory(workload("svc-a")), List.of()));

        assertThat(run.controlId()).isEqualTo("ACT-07");
        assertThat(run.noEvidence()).isEqualTo("no owner review results in the inputs");
        assertThat(run.passed()).isZero();
        assertThat(run.failed()).isZero();
    }

    @Test
    void eachIdentityIsJudgedByItsOwnersAnswer() {
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).build();
        CheckRun run = CheckRun.of(check, context(inventory(workload("svc-kept"), workload("svc-open-ended"),
                workload("svc-unanswered"), workload("svc-stale"), workload("svc-moved"), workload("svc-disowned"),
                human), List.of(
                        answer("svc-kept", "implemented", "2026-08-03", "2026-12-31"),
                        answer("svc-open-ended", "implemented", "2026-08-03", null),
                        answer("svc-stale", "implemented", "2026-05-03", "2026-06-30"),
                        answer("svc-moved", "partial", "2026-08-03", "2026-12-31"),
                        answer("svc-disowned", "not_implemented", "2026-08-04", "2026-12-31"),
                        answer("svc-not-in-the-inventory", "not_implemented", "2026-08-03", "2026-12-31"),
                        answer("ana", "not_implemented", "2026-08-03", "2026-12-31"))));

        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(4);
        assertThat(run.population()).isEqualTo(6);
        assertThat(run.failures()).extracting(f -> f.subject().identity(), CheckRun.Failure::observed,
                CheckRun.Failure::since).containsExactly(
                        tuple("svc-unanswered", "not confirmed in an owner review", null),
                        tuple("svc-stale", "confirmed on 2026-05-03, valid until 2026-06-30",
                                Instant.parse("2026-07-01T00:00:00Z")),
                        tuple("svc-moved", "handed over on 2026-08-03, not yet confirmed by the new owner",
                                Instant.parse("2026-08-03T00:00:00Z")),
                        tuple("svc-disowned", "owner answered 'not mine' on 2026-08-04",
                                Instant.parse("2026-08-04T00:00:00Z")));
        assertThat(run.failures()).allSatisfy(f -> {
            assertThat(f.limit()).isEqualTo("confirmed by its owner in the current review cycle");
            assertThat(f.subject().owner()).isEqualTo("ana@example.com");
            assertThat(f.remediation()).isNotBlank();
        });
    }

    @Test
    void aConfirmationValidUntilTheAsOfDateStillCounts() {
        CheckRun run = CheckRun.of(check, context(inventory(workload("svc-a")),
                List.of(answer("svc-a", "implemented", "2026-07-01", "2026-09-30"))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void theNewestAnswerDecidesAndOnTheSameDayTheLaterInTheFile() {
        CheckRun run = CheckRun.of(check, context(inventory(workload("svc-a"), workload("svc-b")), List.of(
                answer("svc-a", "implemented", "2026-08-10", "2026-12-31"),
                answer("svc-a", "not_implemented", "2026-08-03", "2026-12-31"),
                answer("svc-b", "implemented", "2026-08-03", "2026-12-31"),
                answer("svc-b", "partial", "2026-08-03", "2026-12-31"))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).extracting(f -> f.subject().identity(), CheckRun.Failure::observed)
                .containsExactly(tuple("svc-b", "handed over on 2026-08-03, not yet confirmed by the new owner"));
    }

    @Test
    void anAnswerForAnotherControlIsNotAnOwnerReview() {
        Attestation other = new Attestation("DLG-02", "svc-a", "implemented", "ana@example.com",
                LocalDate.parse("2026-08-03"), null, null, null, "attestations.csv line 2");

        CheckRun run = CheckRun.of(check, context(inventory(workload("svc-a")), List.of(other)));

        assertThat(run.noEvidence()).isEqualTo("no owner review results in the inputs");
    }
}
