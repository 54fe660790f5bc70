package dev.trustmap.reports.model;

import java.util.List;

/** What the board must decide: exceptions about to expire or expired, attestations gone stale. */
public record Decisions(List<ExceptionRow> expiringSoon, List<ExceptionRow> expired, List<AttestationRow> stale) {
}
