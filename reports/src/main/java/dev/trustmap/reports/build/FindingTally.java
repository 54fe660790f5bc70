package dev.trustmap.reports.build;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.vocabulary.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The board's view of the findings: per control, how many are open, how many of those are high or critical, the most
 * severe and how many are overdue; and the most overdue open critical findings. Counted one finding at a time, so a
 * board can be built without holding millions of findings.
 */
public final class FindingTally implements Consumer<Finding> {

    /** Overdue critical findings the board names; the rest are counted. */
    static final int OVERDUE_CRITICAL_SHOWN = 10;

    private static final Comparator<Overdue> MOST_OVERDUE = Comparator.comparingInt((Overdue o) -> -o.daysOverdue())
            .thenComparing(Overdue::id);

    /** An open critical finding past its due date, as the board lists it. */
    record Overdue(String id, String control, String identity, String owner, String dueOn, int daysOverdue) {
    }

    private static final class Counts {
        int openHighOrCritical;
        int open;
        int overdue;
        Severity worst;
    }

    private final Map<String, Counts> byControl = new HashMap<>();
    private final TreeSet<Overdue> overdueCritical = new TreeSet<>(MOST_OVERDUE);
    private int overdueCriticalCount;

    public static FindingTally of(Iterable<Finding> findings) {
        FindingTally tally = new FindingTally();
        findings.forEach(tally);
        return tally;
    }

    @Override
    public void accept(Finding finding) {
        if (finding.status() != FindingStatus.OPEN) {
            return;
        }
        Counts counts = byControl.computeIfAbsent(finding.control(), k -> new Counts());
        counts.open++;
        if (finding.severity().atLeast(Severity.HIGH)) {
            counts.openHighOrCritical++;
        }
        if (counts.worst == null || finding.severity().ordinal() < counts.worst.ordinal()) {
            counts.worst = finding.severity();
        }
        if (!finding.overdue()) {
            return;
        }
        counts.overdue++;
        if (finding.severity() == Severity.CRITICAL) {
            overdueCriticalCount++;
            overdueCritical.add(new Overdue(finding.id(), finding.control(), finding.subject().identity(),
                    finding.subject().owner(), finding.dueOn().toString(), finding.daysOverdue()));
            if (overdueCritical.size() > OVERDUE_CRITICAL_SHOWN) {
                overdueCritical.pollLast();
            }
        }
    }

    /** Open high or critical findings of a control. */
    public int openHighOrCritical(String control) {
        Counts counts = byControl.get(control);
        return counts == null ? 0 : counts.openHighOrCritical;
    }

    /** Open findings of a control. */
    public int open(String control) {
        Counts counts = byControl.get(control);
        return counts == null ? 0 : counts.open;
    }

    /** Open findings of a control past their due date. */
    int overdue(String control) {
        Counts counts = byControl.get(control);
        return counts == null ? 0 : counts.overdue;
    }

    /** The severity of a control's most severe open finding; null when it has none open. */
    Severity worst(String control) {
        Counts counts = byControl.get(control);
        return counts == null ? null : counts.worst;
    }

    /** The most overdue open critical findings, most overdue first (ties by id). */
    List<Overdue> overdueCritical() {
        return new ArrayList<>(overdueCritical);
    }

    int overdueCriticalCount() {
        return overdueCriticalCount;
    }

    Iterable<String> controls() {
        return byControl.keySet();
    }

    /** Sets a control's counts, as {@link BoardTally} read them back. */
    void restore(String control, int open, int openHighOrCritical, int overdue, Severity worst) {
        Counts counts = byControl.computeIfAbsent(control, k -> new Counts());
        counts.open = open;
        counts.openHighOrCritical = openHighOrCritical;
        counts.overdue = overdue;
        counts.worst = worst;
    }

    /** Sets the overdue critical findings, as {@link BoardTally} read them back. */
    void restore(int count, List<Overdue> mostOverdue) {
        overdueCriticalCount = count;
        overdueCritical.clear();
        overdueCritical.addAll(mostOverdue);
    }
}
