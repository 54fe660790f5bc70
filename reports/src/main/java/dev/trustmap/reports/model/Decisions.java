package dev.trustmap.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the board must decide: exceptions about to expire, expired or invalid (and so accepting nothing), orphaned
 * identities waiting for an owner, overdue critical findings with their owners, attestations gone stale, and the
 * identities and owners an owner review left unanswered.
 *
 * @param orphaned how many identities are orphaned; {@code orphanedShown} lists the first of them
 * @param overdueCritical the most overdue open critical findings, most overdue first; {@code overdueCriticalCount}
 *     counts them all
 * @param unanswered identities the owner review got no answer for (0 without a review)
 * @param nonResponders the first owners who returned nothing, most identities first; {@code moreNonResponders}
 *     counts the rest. Both are left out of the JSON without a review, as is {@code unanswered}
 */
public record Decisions(List<ExceptionRow> expiringSoon, List<ExceptionRow> expired, List<AttestationRow> stale,
        List<ExceptionRow> invalid, int orphaned, List<IdentityRef> orphanedShown, int overdueCriticalCount,
        List<OverdueRow> overdueCritical, @JsonInclude(JsonInclude.Include.NON_DEFAULT) int unanswered,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NonResponderRow> nonResponders,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int moreNonResponders) {

    public Decisions {
        nonResponders = List.copyOf(nonResponders);
    }

    /** Without an owner review. */
    public Decisions(List<ExceptionRow> expiringSoon, List<ExceptionRow> expired, List<AttestationRow> stale,
            List<ExceptionRow> invalid, int orphaned, List<IdentityRef> orphanedShown, int overdueCriticalCount,
            List<OverdueRow> overdueCritical) {
        this(expiringSoon, expired, stale, invalid, orphaned, orphanedShown, overdueCriticalCount, overdueCritical,
                0, List.of(), 0);
    }

    /** Only exceptions and attestations: nothing orphaned or overdue. */
    public Decisions(List<ExceptionRow> expiringSoon, List<ExceptionRow> expired, List<AttestationRow> stale) {
        this(expiringSoon, expired, stale, List.of(), 0, List.of(), 0, List.of());
    }

    public boolean any() {
        return !expiringSoon.isEmpty() || !expired.isEmpty() || !stale.isEmpty() || !invalid.isEmpty()
                || orphaned > 0 || overdueCriticalCount > 0 || unanswered > 0 || !nonResponders.isEmpty();
    }
}
