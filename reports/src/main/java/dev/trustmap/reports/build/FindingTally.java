package dev.trustmap.reports.build;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.vocabulary.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The board's view of the findings: per control, how many are open and how many of those are high or critical.
 * Counted one finding at a time, so a board can be built without holding millions of findings.
 */
public final class FindingTally implements Consumer<Finding> {

    private final Map<String, int[]> byControl = new HashMap<>();

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
        int[] counts = byControl.computeIfAbsent(finding.control(), k -> new int[2]);
        counts[1]++;
        if (finding.severity().atLeast(Severity.HIGH)) {
            counts[0]++;
        }
    }

    /** Open high or critical findings of a control. */
    public int openHighOrCritical(String control) {
        return byControl.getOrDefault(control, new int[2])[0];
    }

    /** Open findings of a control. */
    public int open(String control) {
        return byControl.getOrDefault(control, new int[2])[1];
    }

    Iterable<String> controls() {
        return byControl.keySet();
    }
}
