package dev.trustmap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewAnswersTest {

    private static final LocalDate COLLECTED = LocalDate.parse("2026-07-25");
    private static final List<String> PEOPLE = List.of("ana@x.example", "ben@x.example", "dan@x.example");

    @Test
    void theSameSeedGivesTheSameAnswersWhateverTheOrderTheyAreAskedIn() {
        ReviewAnswers one = new ReviewAnswers(7, PEOPLE, COLLECTED);
        ReviewAnswers two = new ReviewAnswers(7, PEOPLE, COLLECTED);
        Optional<ReviewAnswers.Typed> last = two.answer("w.xlsx", "id-999", false, "ana@x.example");
        for (int i = 0; i < 1000; i++) {
            assertThat(one.answer("w.xlsx", "id-" + i, false, "ana@x.example"))
                    .isEqualTo(two.answer("w.xlsx", "id-" + i, false, "ana@x.example"));
        }
        assertThat(one.answer("w.xlsx", "id-999", false, "ana@x.example")).isEqualTo(last);
        assertThat(new ReviewAnswers(8, PEOPLE, COLLECTED).answer("w.xlsx", "id-1", false, "ana@x.example"))
                .isNotNull();
    }

    @Test
    void mostRowsAreKeptAndATransferNeverNamesTheOwner() {
        ReviewAnswers answers = new ReviewAnswers(3, PEOPLE, COLLECTED);
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            Optional<ReviewAnswers.Typed> typed = answers.answer("w.xlsx", "id-" + i, false, "ana@x.example");
            kinds.merge(typed.map(ReviewAnswers.Typed::answer).orElse("blank"), 1, Integer::sum);
            typed.filter(t -> t.answer().equals("transfer")).ifPresent(t ->
                    assertThat(t.transferTo()).isNotEqualTo("ana@x.example"));
            typed.filter(t -> t.answer().equals("decommission") && t.reason().startsWith("replaced"))
                    .ifPresent(t -> assertThat(t.decommissionBy()).isAfter(COLLECTED));
        }
        assertThat(kinds.get("keep")).isBetween(7_700, 8_300);
        assertThat(kinds.keySet()).containsExactlyInAnyOrder("keep", "transfer", "decommission", "not mine", "blank");
    }

    @Test
    void theProgrammeOwnersOnlyTransferOrDecommission() {
        ReviewAnswers answers = new ReviewAnswers(3, PEOPLE, COLLECTED);
        for (int i = 0; i < 1000; i++) {
            answers.answer("review-unowned.xlsx", "id-" + i, true, null).ifPresent(t ->
                    assertThat(t.answer()).isIn("transfer", "decommission"));
        }
    }
}
