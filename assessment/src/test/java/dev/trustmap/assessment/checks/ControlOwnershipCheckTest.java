package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trustmap.model.owner.ControlOwner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlOwnershipCheckTest {

    private final ControlOwnershipCheck check = new ControlOwnershipCheck();

    private static ControlOwner row(String controlId, String owner, String reviewDue) {
        return new ControlOwner(controlId, owner, null, "iam", reviewDue == null ? null : LocalDate.parse(reviewDue));
    }

    private static CheckRun run(List<String> controlIds, ControlOwner... rows) {
        return CheckRun.of(new ControlOwnershipCheck(),
                context(inventory(), null, List.of(rows), controlIds, List.of()));
    }

    @Test
    void noControlOwnerSheetIsNoEvidence() {
        CheckRun run = CheckRun.of(check, context(inventory(), null, null, List.of("ACT-01"), List.of()));

        assertThat(run.controlId()).isEqualTo("ACT-06");
        assertThat(run.noEvidence()).isEqualTo("no control-owner sheet");
        assertThat(run.population()).isZero();
    }

    @Test
    void reviewDueOnTheAsOfDatePassesTheDayBeforeFails() {
        CheckRun run = run(List.of("ACT-01", "ACT-02"), row("ACT-01", "dana", "2026-09-30"),
                row("ACT-02", "erik", "2026-09-29"));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("control:ACT-02");
            assertThat(f.subject().owner()).isEqualTo("erik");
            assertThat(f.observed()).isEqualTo("review overdue since 2026-09-29 (1 day)");
            assertThat(f.limit()).isEqualTo("0 days overdue");
        });
    }

    @Test
    void overdueReviewCountsWholeDaysToTheAsOfDate() {
        CheckRun run = run(List.of("ACT-01"), row("ACT-01", "dana", "2026-06-30"));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("review overdue since 2026-06-30 (92 days)");
    }

    @Test
    void controlWithoutRowOrWithEmptyOwnerHasNoOwner() {
        CheckRun run = run(List.of("ACT-01", "ACT-02", "ACT-03"), row("ACT-01", " ", "2027-01-01"),
                row("act-02", "dana", "2027-01-01"), row("ACT-03", "erik", "2027-01-01"));

        assertThat(run.population()).isEqualTo(3);
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).extracting(f -> f.subject().identity(), CheckRun.Failure::observed)
                .containsExactly(tuple("control:ACT-01", "no owner"),
                        tuple("control:ACT-02", "no owner"));
        assertThat(run.failures()).allSatisfy(f -> assertThat(f.subject().owner()).isNull());
    }

    @Test
    void nullReviewDateIsNoReviewDate() {
        CheckRun run = run(List.of("ACT-01"), row("ACT-01", "dana", null));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly("no review date");
    }

    @Test
    void rowsForControlsOutsideTheCatalogAreIgnored() {
        CheckRun run = run(List.of("ACT-01"), row("ACT-01", "dana", "2027-03-31"), row("XYZ-99", "erik", "2020-01-01"));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }
}
