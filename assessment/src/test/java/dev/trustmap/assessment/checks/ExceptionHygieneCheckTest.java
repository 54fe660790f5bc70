package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionHygieneCheckTest {

    private static AppliedException exception(String id, ExceptionState state, String why) {
        ExceptionGrant grant = new ExceptionGrant(id, "LFC-01", "svc-*", "migration", "ana@example.com",
                "ana@example.com", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-12-01"), null,
                "exceptions.yaml");
        return new AppliedException(grant, state, why, 0, false);
    }

    private static CheckRun run(List<AppliedException> exceptions) {
        return CheckRun.of(new ExceptionHygieneCheck(), context(inventory(), null, null, List.of(), exceptions));
    }

    @Test
    void anInvalidExceptionFailsWithWhy() {
        CheckRun run = run(List.of(exception("EX-1", ExceptionState.INVALID, "approved by its own requester")));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("approved by its own requester");
            assertThat(f.limit()).isEqualTo("independent approver, expiry within 365 days");
            assertThat(f.subject().identity()).isEqualTo("exception:EX-1");
            assertThat(f.subject().owner()).isEqualTo("ana@example.com");
        });
    }

    @Test
    void activeAndExpiredExceptionsPassHere() {
        CheckRun run = run(List.of(exception("EX-1", ExceptionState.ACTIVE, null),
                exception("EX-2", ExceptionState.EXPIRED, "expired on 2026-09-01"),
                exception("EX-3", ExceptionState.INVALID, "no expiry")));

        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly("no expiry");
        assertThat(run.population()).isEqualTo(3);
    }

    @Test
    void noExceptionsIsNoEvidence() {
        CheckRun run = run(List.of());

        assertThat(run.noEvidence()).isEqualTo("no exceptions file");
        assertThat(run.population()).isZero();
    }
}
