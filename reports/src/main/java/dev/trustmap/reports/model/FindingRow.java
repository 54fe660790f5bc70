package dev.trustmap.reports.model;

/**
 * A finding as the operator sees it; {@code owner} is "(no owner)" when nobody answers for it.
 *
 * @param firstSeen when the problem began (ISO instant), by the rule {@code firstSeenBy} names: {@code evidence},
 *     {@code history} or {@code this_quarter}
 * @param dueOn first seen plus the severity's deadline: the same every quarter the finding stays open
 * @param daysOverdue days past {@code dueOn} at the as-of date; 0 when not yet due or accepted by an exception
 * @param change {@code new}, {@code persisting} or {@code reopened} against the quarter before
 * @param evidence where the facts judged were read: input file and line, cell or record, as the importer located
 *     them; for an identity as a whole, the sources that reported it
 */
public record FindingRow(String id, String control, String controlTitle, String domain, String identity,
        String identityName, String credential, String lane, String severity, String status, String observed,
        String limit, String firstSeen, String firstSeenBy, String dueOn, int daysOverdue, String change,
        String exception, String exceptionNote, String owner, String remediation, String evidence) {

    /** The owner of a finding nobody answers for. */
    public static final String NO_OWNER = "(no owner)";
}
