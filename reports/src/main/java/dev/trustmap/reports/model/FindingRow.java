package dev.trustmap.reports.model;

/** A finding as the operator sees it; {@code owner} is "(no owner)" when nobody answers for it. */
public record FindingRow(String id, String control, String controlTitle, String domain, String identity,
        String identityName, String credential, String lane, String severity, String status, String observed,
        String limit, String dueOn, String exception, String exceptionNote, String owner, String remediation) {
}
