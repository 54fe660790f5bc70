package dev.trustmap.reports.model;

import java.util.List;

/**
 * What the board must decide: exceptions about to expire, expired or invalid (and so accepting nothing), orphaned
 * identities waiting for an owner, overdue critical findings with their owners, attestations gone stale.
 *
 * @param orphaned how many identities are orphaned; {@code orphanedShown} lists the first of them
 * @param overdueCritical the most overdue open critical findings, most overdue first; {@code overdueCriticalCount}
 *     counts them all
 */
public record Decisions(List<ExceptionRow> expiringSoon, List<ExceptionRow> expired, List<AttestationRow> stale,
        List<ExceptionRow> invalid, int orphaned, List<IdentityRef> orphanedShown, int overdueCriticalCount,
        List<OverdueRow> overdueCritical) {

    /** Only exceptions and attestations: nothing orphaned or overdue. */
    public Decisions(List<ExceptionRow> expiringSoon, List<ExceptionRow> expired, List<AttestationRow> stale) {
        this(expiringSoon, expired, stale, List.of(), 0, List.of(), 0, List.of());
    }

    public boolean any() {
        return !expiringSoon.isEmpty() || !expired.isEmpty() || !stale.isEmpty() || !invalid.isEmpty()
                || orphaned > 0 || overdueCriticalCount > 0;
    }
}
