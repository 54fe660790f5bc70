package dev.trustmap.reports.model;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which findings are worked: open before accepted, overdue before not yet due, then by severity
 * (critical first), then by due date (the longest overdue first), then by id so that ties never depend on input
 * order. A finding that must be in front of an operator whatever else is cut is open and critical, overdue, or
 * without an owner.
 */
public final class Triage {

    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    /** Most urgent first. */
    public static final Comparator<FindingRow> ORDER = Comparator
            .comparingInt((FindingRow f) -> open(f) ? 0 : 1)
            .thenComparingInt(f -> f.daysOverdue() > 0 ? 0 : 1)
            .thenComparingInt(f -> severityRank(f.severity()))
            .thenComparing(FindingRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FindingRow::id);

    private Triage() {
    }

    /** Open and critical, overdue, or owned by nobody. */
    public static boolean mustShow(FindingRow f) {
        return open(f) && ("critical".equals(f.severity()) || f.daysOverdue() > 0 || unowned(f));
    }

    public static boolean open(FindingRow f) {
        return "open".equals(f.status());
    }

    public static boolean unowned(FindingRow f) {
        return f.owner() == null || FindingRow.NO_OWNER.equals(f.owner());
    }

    /** 0 for critical to 3 for low; unknown severities last. */
    public static int severityRank(String severity) {
        int rank = SEVERITIES.indexOf(severity);
        return rank < 0 ? SEVERITIES.size() : rank;
    }
}
