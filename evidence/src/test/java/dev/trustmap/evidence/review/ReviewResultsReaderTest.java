package dev.trustmap.evidence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.review.ReviewResults;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewResultsReaderTest {

    /** The example of docs/owner-review.md, one more non-responder. */
    static final String RESULTS = """
            {
              "kind": "trustmap-review-results",
              "version": 1,
              "campaign": "2026-Q2-review-1a2b3c4d",
              "period": "2026-Q2",
              "due": "2026-07-31",
              "collectedOn": "2026-08-03",
              "groupedBy": "technical-owner",
              "identities": {"sent": 3000, "answered": 2410, "unanswered": 560, "rejected": 30},
              "answers": {"keep": 2200, "transfer": 90, "decommission": 70, "notMine": 50},
              "workbooks": {"sent": 121, "returned": 95, "partly": 14, "notReturned": 26},
              "nonResponders": [{"recipient": "lars.bakker@example.com", "identities": 41},
                                {"recipient": "mia@example.com", "identities": 12}]
            }
            """;

    @Test
    void resultsAreRecognisedByTheirTopLevelKind() {
        assertThat(ReviewResultsReader.recognises(new FileHead("anything.txt", RESULTS, false))).isTrue();
        assertThat(ReviewResultsReader.recognises(new FileHead("r.json",
                "{\"meta\": {\"kind\": \"trustmap-review-results\"}, \"kind\": \"other\"}", false))).isFalse();
        assertThat(ReviewResultsReader.recognises(new FileHead("r.json",
                "[{\"kind\": \"trustmap-review-results\"}]", false))).isFalse();
        assertThat(ReviewResultsReader.recognises(new FileHead("owners.csv", "identity_id,kind\n", false)))
                .isFalse();
    }

    @Test
    void everyFigureIsRead() {
        ReviewResults r = ReviewResultsReader.read("review-results.json", RESULTS.getBytes(StandardCharsets.UTF_8));

        assertThat(r.campaign()).isEqualTo("2026-Q2-review-1a2b3c4d");
        assertThat(r.period()).isEqualTo("2026-Q2");
        assertThat(r.due()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(r.collectedOn()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(r.groupedBy()).isEqualTo("technical-owner");
        assertThat(r.identities()).isEqualTo(new ReviewResults.Identities(3000, 2410, 560, 30));
        assertThat(r.answers()).isEqualTo(new ReviewResults.Answers(2200, 90, 70, 50));
        assertThat(r.workbooks()).isEqualTo(new ReviewResults.Workbooks(121, 95, 14, 26));
        assertThat(r.nonResponders()).containsExactly(
                new ReviewResults.NonResponder("lars.bakker@example.com", 41),
                new ReviewResults.NonResponder("mia@example.com", 12));
    }

    @Test
    void aBadDateANegativeCountAndAMissingFieldAreNamedByLineAndColumn() {
        String bad = RESULTS.replace("\"2026-07-31\"", "\"31/07/2026\"").replace("\"rejected\": 30",
                "\"rejected\": -3").replace("  \"groupedBy\": \"technical-owner\",\n", "");

        assertThatThrownBy(() -> ReviewResultsReader.read("review-results.json",
                bad.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.location() + ": " + p.message())
                                .containsExactly(
                                        "line 6, column 10: expected a date (YYYY-MM-DD) in \"due\"; found"
                                                + " '31/07/2026'.",
                                        "line 1, column 1: \"groupedBy\" is missing; expected a text.",
                                        "line 8, column 81: expected a count (a whole number, 0 or more) in"
                                                + " \"rejected\"; found '-3'."));
    }

    @Test
    void anotherKindIsNotReadAsResults() {
        assertThatThrownBy(() -> ReviewResultsReader.read("r.json",
                RESULTS.replace("trustmap-review-results", "trustmap-review-campaign")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("expected \"kind\": \"trustmap-review-results\"; found"
                                + " 'trustmap-review-campaign'."));
    }
}
