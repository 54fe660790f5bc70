package dev.trustmap.reports.model;

/** An exception as granted, with its state at the as-of date and the findings it accepted. */
public record ExceptionRow(String id, String control, String identity, String reason, String requestedBy,
        String approvedBy, String approvedOn, String expiresOn, String compensatingControl, String state, String why,
        int accepted, Long daysToExpiry) {
}
