package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The clock of each control's open findings, from one walk over the findings: how many are open, how many of them
 * are overdue, the earliest first seen and the earliest due date. Accepted findings are left out, as no clock runs
 * on them. One entry per control, so it stays small however many findings there are.
 */
final class FindingClocks {

    /**
     * @param earliestFirstSeen null when no finding is open
     * @param earliestDue null when no finding is open
     */
    record Clock(int open, int overdue, Instant earliestFirstSeen, LocalDate earliestDue) {

        static final Clock NONE = new Clock(0, 0, null, null);

        Clock and(Clock other) {
            return new Clock(open + other.open, overdue + other.overdue, earlier(earliestFirstSeen,
                    other.earliestFirstSeen), earlier(earliestDue, other.earliestDue));
        }

        private static <T extends Comparable<? super T>> T earlier(T a, T b) {
            return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
        }
    }

    private final Map<String, Clock> byControl;

    private FindingClocks(Map<String, Clock> byControl) {
        this.byControl = byControl;
    }

    /** Walks {@code findings} once. */
    static FindingClocks of(Iterable<Finding> findings) {
        Map<String, Clock> byControl = new HashMap<>();
        for (Finding f : findings) {
            if (f.status() == FindingStatus.OPEN) {
                byControl.merge(f.control(), new Clock(1, f.overdue() ? 1 : 0, f.firstSeen(), f.dueOn()),
                        Clock::and);
            }
        }
        return new FindingClocks(byControl);
    }

    /** The clock of the open findings of these controls together, each control counted once. */
    Clock of(Collection<String> controls) {
        Clock clock = Clock.NONE;
        for (String control : new LinkedHashSet<>(controls)) {
            clock = clock.and(byControl.getOrDefault(control, Clock.NONE));
        }
        return clock;
    }
}
