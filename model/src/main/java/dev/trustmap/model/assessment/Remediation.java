package dev.trustmap.model.assessment;

import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the work on findings moves: what is new, what was fixed, what is overdue and how long fixes take.
 *
 * @param previousAsOf the as-of instant of the quarter before, from history; null when no earlier quarter was given
 *     (every finding is then new and nothing can be resolved)
 * @param overdueBySeverity open findings past their due day, for every severity (0 included), most severe first
 * @param oldestOverdueCriticalDays the most days any open critical finding is overdue; null when none is
 * @param oldestOverdueCritical that finding's id; null when none is
 * @param medianDaysToResolve over this quarter's resolved findings; null when none was resolved
 * @param p90DaysToResolve 90th percentile (nearest rank) of the same; null when none was resolved
 */
public record Remediation(Instant previousAsOf, int newFindings, int persisting, int reopened, int resolved,
        Map<Severity, Integer> overdueBySeverity, Long oldestOverdueCriticalDays, String oldestOverdueCritical,
        Long medianDaysToResolve, Long p90DaysToResolve) {

    public Remediation {
        Map<Severity, Integer> copy = new EnumMap<>(Severity.class);
        copy.putAll(overdueBySeverity);
        overdueBySeverity = Collections.unmodifiableMap(copy);
    }

    public int overdue() {
        return overdueBySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }
}
