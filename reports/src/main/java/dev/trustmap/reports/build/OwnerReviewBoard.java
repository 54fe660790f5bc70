package dev.trustmap.reports.build;

import dev.trustmap.model.review.ReviewResults;
import dev.trustmap.reports.model.Decisions;
import dev.trustmap.reports.model.NonResponderRow;
import dev.trustmap.reports.model.OwnerReview;
import java.util.Comparator;
import java.util.List;

/**
 * What the board shows of an owner review's results: its completion, and among the decisions the identities left
 * unanswered and the owners who returned nothing (the first few, most identities first).
 */
final class OwnerReviewBoard {

    /** Non-responders named on the board; the rest are counted. */
    static final int NON_RESPONDERS_SHOWN = 5;

    private OwnerReviewBoard() {
    }

    static OwnerReview of(ReviewResults r) {
        ReviewResults.Identities identities = r.identities();
        ReviewResults.Answers answers = r.answers();
        return new OwnerReview(r.period(), r.campaign(), r.due().toString(), r.collectedOn().toString(),
                identities.sent(), identities.answered(), percent(identities.answered(), identities.sent()),
                identities.unanswered(), identities.rejected(), r.workbooks().sent(), r.workbooks().notReturned(),
                answers.keep(), answers.transfer(), answers.decommission(), answers.notMine());
    }

    /** The decisions with the review's unanswered identities and non-responders added. */
    static Decisions decisions(Decisions d, ReviewResults r) {
        List<NonResponderRow> silent = r.nonResponders().stream()
                .sorted(Comparator.comparingInt(ReviewResults.NonResponder::identities).reversed()
                        .thenComparing(ReviewResults.NonResponder::recipient))
                .map(n -> new NonResponderRow(n.recipient(), n.identities())).toList();
        List<NonResponderRow> shown = silent.stream().limit(NON_RESPONDERS_SHOWN).toList();
        return new Decisions(d.expiringSoon(), d.expired(), d.stale(), d.invalid(), d.orphaned(), d.orphanedShown(),
                d.overdueCriticalCount(), d.overdueCritical(), r.identities().unanswered(), shown,
                silent.size() - shown.size());
    }

    /** {@code part} of {@code whole} as a whole percent, rounded half up; 0 of nothing is 0. */
    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) ((part * 200L + whole) / (2L * whole));
    }
}
