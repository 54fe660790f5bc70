package dev.trustmap.reports.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.review.ReviewResults;
import dev.trustmap.model.review.ReviewResults.NonResponder;
import dev.trustmap.reports.model.Decisions;
import dev.trustmap.reports.model.NonResponderRow;
import dev.trustmap.reports.model.OwnerReview;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerReviewBoardTest {

    private static ReviewResults results(int unanswered, List<NonResponder> silent) {
        return new ReviewResults("2026-Q2-review-1a2b3c4d", "2026-Q2", LocalDate.of(2026, 7, 31),
                LocalDate.of(2026, 8, 3), "technical-owner", new ReviewResults.Identities(3000, 2410, unanswered, 30),
                new ReviewResults.Answers(2200, 90, 70, 50), new ReviewResults.Workbooks(121, 95, 14, 26), silent);
    }

    @Test
    void theBlockCarriesTheFiguresWithTheShareAnsweredWorkedOut() {
        OwnerReview review = OwnerReviewBoard.of(results(560, List.of()));

        assertThat(review).isEqualTo(new OwnerReview("2026-Q2", "2026-Q2-review-1a2b3c4d", "2026-07-31",
                "2026-08-03", 3000, 2410, 80, 560, 30, 121, 26, 2200, 90, 70, 50));
        assertThat(OwnerReviewBoard.percent(1, 200)).as("half a percent rounds up").isEqualTo(1);
        assertThat(OwnerReviewBoard.percent(0, 0)).isZero();
    }

    @Test
    void theDecisionsNameTheFiveSilentOwnersWithMostIdentitiesAndCountTheRest() {
        List<NonResponder> silent = List.of(new NonResponder("c@example.com", 3), new NonResponder("a@example.com",
                41), new NonResponder("g@example.com", 1), new NonResponder("b@example.com", 30),
                new NonResponder("e@example.com", 9), new NonResponder("d@example.com", 9),
                new NonResponder("f@example.com", 2));

        Decisions decisions = OwnerReviewBoard.decisions(new Decisions(List.of(), List.of(), List.of()),
                results(560, silent));

        assertThat(decisions.unanswered()).isEqualTo(560);
        assertThat(decisions.nonResponders()).containsExactly(new NonResponderRow("a@example.com", 41),
                new NonResponderRow("b@example.com", 30), new NonResponderRow("d@example.com", 9),
                new NonResponderRow("e@example.com", 9), new NonResponderRow("c@example.com", 3));
        assertThat(decisions.moreNonResponders()).isEqualTo(2);
        assertThat(decisions.any()).isTrue();
    }

    @Test
    void aReviewWithEveryIdentityAnsweredAsksTheBoardNothing() {
        Decisions decisions = OwnerReviewBoard.decisions(new Decisions(List.of(), List.of(), List.of()),
                results(0, List.of()));

        assertThat(decisions.any()).isFalse();
        assertThat(new Decisions(List.of(), List.of(), List.of(), List.of(), 0, List.of(), 0, List.of(), 1,
                List.of(), 0).any()).as("one unanswered identity").isTrue();
    }
}
