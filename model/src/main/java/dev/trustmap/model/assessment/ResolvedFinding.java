package dev.trustmap.model.assessment;

import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;

/**
 * A finding of the quarter before that this quarter no longer has: fixed, or its subject gone.
 *
 * @param firstSeen as the quarter before recorded it (its as-of instant when that pack did not record one)
 * @param daysOpen whole days from {@code firstSeen} to this quarter's as-of instant, when it was seen to be gone
 */
public record ResolvedFinding(String id, String control, Subject subject, Severity severity, Instant firstSeen,
        long daysOpen) {
}
