package dev.trustmap.evidence.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.review.Decommission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecommissionDatesTest {

    private static final Instant AS_OF = Instant.parse("2026-09-30T23:59:59Z");

    @Test
    void aListedDateIsTheStartOfThatDayUtcAsTheOwnersWorkbookReadsIt() {
        Inventory applied = DecommissionDates.of(List.of(row("svc-a", "2026-08-15", 2)))
                .apply(inventory(identity("svc-a", null), identity("svc-b", null)));

        assertThat(applied.identities().get(0).decommissionOn()).isEqualTo(Instant.parse("2026-08-15T00:00:00Z"));
        assertThat(applied.identities().get(1).decommissionOn()).isNull();
        assertThat(applied.warnings()).isEmpty();
    }

    @Test
    void theEarlierOfTheWorkbooksDateAndTheListedDateWins() {
        Inventory applied = DecommissionDates.of(List.of(row("svc-a", "2026-08-15", 2), row("svc-b", "2026-12-31", 3)))
                .apply(inventory(identity("svc-a", "2026-11-30T00:00:00Z"), identity("svc-b", "2026-09-01T00:00:00Z")));

        assertThat(applied.identities().get(0).decommissionOn()).as("the review's date is earlier")
                .isEqualTo(Instant.parse("2026-08-15T00:00:00Z"));
        assertThat(applied.identities().get(1).decommissionOn()).as("the workbook's date is earlier")
                .isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    }

    @Test
    void anIdListedTwiceTakesItsEarlierDate() {
        Inventory applied = DecommissionDates.of(List.of(row("svc-a", "2026-10-15", 2), row("svc-a", "2026-08-01", 3)))
                .apply(inventory(identity("svc-a", null)));

        assertThat(applied.identities().get(0).decommissionOn()).isEqualTo(Instant.parse("2026-08-01T00:00:00Z"));
    }

    @Test
    void anIdNoIdentityHasIsAWarningWithTheClosestIds() {
        Inventory applied = DecommissionDates.of(List.of(row("svc-billing-etI", "2026-08-15", 4),
                row("nothing-like-it", "2026-08-15", 5)))
                .apply(inventory(identity("svc-billing-etl", null), identity("svc-ledger", null)));

        assertThat(applied.warnings()).extracting(InputProblem::describe).containsExactly(
                "next-quarter/decommissions.csv:line 4: identity_id 'svc-billing-etI' matches no imported identity;"
                        + " its decommission date 2026-08-15 was not applied. Fix: Did you mean svc-billing-etl?",
                "next-quarter/decommissions.csv:line 5: identity_id 'nothing-like-it' matches no imported identity;"
                        + " its decommission date 2026-08-15 was not applied. Fix: Write the id exactly as the"
                        + " inventory has it, or import the file that lists it.");
        assertThat(applied.identities()).extracting(Identity::decommissionOn).containsOnlyNulls();
    }

    @Test
    void aSpilledInventoryStaysSpilledAndIsChangedAsItIsWalked() {
        List<Identity> held = List.of(identity("svc-a", null), identity("svc-b", null));
        ReplayedList<Identity> spilled = new ReplayedList<>() {
            @Override
            public Iterator<Identity> iterator() {
                return held.iterator();
            }

            @Override
            public int size() {
                return held.size();
            }
        };
        Inventory applied = DecommissionDates.of(List.of(row("svc-b", "2026-08-15", 2)))
                .apply(new Inventory(AS_OF, List.of(), spilled, List.of(), List.of()));

        assertThat(applied.identities()).isInstanceOf(ReplayedList.class);
        assertThat(applied.identities()).extracting(Identity::decommissionOn)
                .containsExactly(null, Instant.parse("2026-08-15T00:00:00Z"));
    }

    private static Decommission row(String id, String date, long line) {
        return new Decommission(id, null, LocalDate.parse(date), "ana@example.com", "ana@example.com", null, null,
                "next-quarter/decommissions.csv", line);
    }

    private static Identity identity(String id, String decommissionOn) {
        return Identity.builder(id).decommissionOn(decommissionOn == null ? null : Instant.parse(decommissionOn))
                .build();
    }

    private static Inventory inventory(Identity... identities) {
        return new Inventory(AS_OF, List.of(), List.of(identities), List.of(), List.of());
    }
}
