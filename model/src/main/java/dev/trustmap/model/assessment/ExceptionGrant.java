package dev.trustmap.model.assessment;

import java.time.LocalDate;

/**
 * An exception as written in the exceptions file: it accepts failures of one control on the identities it names
 * (an exact id or a glob) until it expires.
 */
public record ExceptionGrant(String id, String controlId, String identity, String reason, String requestedBy,
        String approvedBy, LocalDate approvedOn, LocalDate expiresOn, String compensatingControl, String source) {
}
