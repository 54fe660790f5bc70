package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;

/** Where a check reports each member of its population. */
public interface Outcomes {

    void pass(Subject subject);

    /**
     * A failure at the control's default severity.
     *
     * @param observed what was seen, with numbers: "key age 212 days"
     * @param limit what the policy allows: "90 days"
     * @param remediation one line: what to do
     */
    default void fail(Subject subject, String observed, String limit, String remediation) {
        fail(subject, null, observed, limit, remediation, null);
    }

    /** A failure at a severity other than the control's default (a leak already past its deadline, say). */
    default void fail(Subject subject, Severity severity, String observed, String limit, String remediation) {
        fail(subject, severity, observed, limit, remediation, null);
    }

    /**
     * A failure whose start the evidence dates: the day a key's age crossed the limit, a leak's commit, an owner's
     * departure plus the grace period. The finding's clock starts then, not when trustmap first saw it.
     *
     * @param severity null for the control's default
     * @param since when the problem began; null when the evidence does not say
     */
    void fail(Subject subject, Severity severity, String observed, String limit, String remediation, Instant since);

    /** A member the check could not judge for want of evidence (a credential with no creation date). */
    void notAssessed(Subject subject, String reason);

    /** Nothing in the inputs lets the control be judged (no privilege data, no people directory). */
    void noEvidence(String reason);
}
