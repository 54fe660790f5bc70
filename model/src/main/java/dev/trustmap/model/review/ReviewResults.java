package dev.trustmap.model.review;

import java.time.LocalDate;
import java.util.List;

/**
 * How far an owner review campaign got, as {@code review collect} wrote it in {@code review-results.json}: what
 * was sent, what came back, and who returned nothing.
 *
 * @param campaign the campaign id, {@code 2026-Q2-review-1a2b3c4d}
 * @param period the quarter reviewed, {@code 2026-Q2}
 * @param groupedBy whom the workbooks went to: {@code technical-owner}, {@code business-owner}, {@code system}
 * @param nonResponders every recipient who returned nothing, most identities first
 */
public record ReviewResults(String campaign, String period, LocalDate due, LocalDate collectedOn, String groupedBy,
        Identities identities, Answers answers, Workbooks workbooks, List<NonResponder> nonResponders) {

    public ReviewResults {
        nonResponders = List.copyOf(nonResponders);
    }

    /**
     * Identities sent for review and what became of them.
     *
     * @param answered rows whose answer was used
     * @param unanswered rows not answered at all
     * @param rejected rows answered but not usable
     */
    public record Identities(int sent, int answered, int unanswered, int rejected) {
    }

    /** The used answers by kind. */
    public record Answers(int keep, int transfer, int decommission, int notMine) {
    }

    /** Workbooks sent, returned (in full or in part), returned in part, and not returned. */
    public record Workbooks(int sent, int returned, int partly, int notReturned) {
    }

    /** A recipient who returned nothing, and how many identities their workbook held. */
    public record NonResponder(String recipient, int identities) {
    }
}
