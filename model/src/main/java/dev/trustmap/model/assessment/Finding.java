package dev.trustmap.model.assessment;

import dev.trustmap.model.vocabulary.Severity;
import java.time.LocalDate;

/**
 * One failure of one control on one subject.
 *
 * @param id stable across quarters: a UUIDv5 of control, identity and credential
 * @param observed what was seen, in words with numbers ("key age 212 days")
 * @param limit what the policy allows ("90 days")
 * @param exception the id of the exception that accepts it, or of the expired one that no longer does
 * @param dueOn as-of date plus the severity's deadline
 */
public record Finding(String id, String control, Subject subject, Severity severity, String observed, String limit,
        FindingStatus status, String exception, String exceptionNote, LocalDate dueOn, String remediation) {
}
