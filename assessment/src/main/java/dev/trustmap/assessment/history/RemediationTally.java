package dev.trustmap.assessment.history;

import dev.trustmap.model.assessment.Change;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.assessment.ResolvedFinding;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the {@link Remediation} figures as this quarter's findings and the resolved ones of the quarter before go
 * past: only counts and a histogram of days to resolve are kept.
 */
public final class RemediationTally {

    private final Instant previousAsOf;
    private final int[] changes = new int[Change.values().length];
    private final Map<Severity, Integer> overdue = new EnumMap<>(Severity.class);
    private final TreeMap<Long, Integer> daysToResolve = new TreeMap<>();
    private int resolved;
    private long oldestCriticalDays = -1;
    private String oldestCritical;

    public RemediationTally(Instant previousAsOf) {
        this.previousAsOf = previousAsOf;
        for (Severity severity : Severity.values()) {
            overdue.put(severity, 0);
        }
    }

    /** One of this quarter's findings, in any order (of equally overdue criticals the smallest id is named). */
    public void add(Finding finding) {
        changes[finding.change().ordinal()]++;
        if (finding.status() != FindingStatus.OPEN || !finding.overdue()) {
            return;
        }
        overdue.merge(finding.severity(), 1, Integer::sum);
        if (finding.severity() == Severity.CRITICAL && (finding.daysOverdue() > oldestCriticalDays
                || finding.daysOverdue() == oldestCriticalDays && finding.id().compareTo(oldestCritical) < 0)) {
            oldestCriticalDays = finding.daysOverdue();
            oldestCritical = finding.id();
        }
    }

    public void resolved(ResolvedFinding finding) {
        resolved++;
        daysToResolve.merge(finding.daysOpen(), 1, Integer::sum);
    }

    public Remediation remediation() {
        return new Remediation(previousAsOf, changes[Change.NEW.ordinal()], changes[Change.PERSISTING.ordinal()],
                changes[Change.REOPENED.ordinal()], resolved, overdue,
                oldestCritical == null ? null : oldestCriticalDays, oldestCritical, percentile(50), percentile(90));
    }

    /** Nearest rank, as the other percentiles of an assessment; null when nothing was resolved. */
    private Long percentile(int p) {
        if (resolved == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * resolved));
        long seen = 0;
        for (Map.Entry<Long, Integer> days : daysToResolve.entrySet()) {
            seen += days.getValue();
            if (seen >= rank) {
                return days.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " past " + resolved);
    }
}
