package dev.trustmap.reports.model;

/**
 * How far the owner review of the quarter before got, for the board's one block: "Owner review 2026-Q2 (due
 * 2026-07-31, collected 2026-08-03): 2,410 of 3,000 identities answered (80 %); 26 of 121 owners returned
 * nothing", then the answers by kind.
 *
 * @param period the quarter reviewed; {@code campaign} the campaign's id
 * @param due the due date and {@code collectedOn} the collection date, YYYY-MM-DD
 * @param answeredPercent {@code answered} out of {@code sent}, rounded to a whole percent
 * @param owners the workbooks sent, one per owner; {@code ownersSilent} those not returned at all
 */
public record OwnerReview(String period, String campaign, String due, String collectedOn, int sent, int answered,
        int answeredPercent, int unanswered, int rejected, int owners, int ownersSilent, int keep, int transfer,
        int decommission, int notMine) {
}
