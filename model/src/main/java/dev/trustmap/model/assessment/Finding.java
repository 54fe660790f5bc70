package dev.trustmap.model.assessment;

import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One failure of one control on one subject, with the clock that runs on it.
 *
 * @param id stable across quarters: a UUIDv5 of control, identity and credential
 * @param observed what was seen, in words with numbers ("key age 212 days")
 * @param limit what the policy allows ("90 days")
 * @param exception the id of the exception that accepts it, or of the expired one that no longer does
 * @param firstSeen when the problem began, by the rule {@code firstSeenBy} names; never after the as-of instant
 * @param dueOn the UTC day of {@code firstSeen} plus the severity's deadline: the same in every quarter the finding
 *     stays open
 * @param daysOverdue whole days from {@code dueOn} to the as-of day for an open finding; 0 when not yet due, and
 *     for a finding an exception accepts (no clock runs while it is in force)
 * @param change how it stands against the quarter before
 */
public record Finding(String id, String control, Subject subject, Severity severity, String observed, String limit,
        FindingStatus status, String exception, String exceptionNote, Instant firstSeen, FirstSeenBy firstSeenBy,
        LocalDate dueOn, int daysOverdue, Change change, String remediation) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
