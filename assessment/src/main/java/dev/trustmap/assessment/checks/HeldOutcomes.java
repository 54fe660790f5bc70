package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a check reported about one identity, held until another tool's results about the same identity have been
 * weighed against it, then passed on. Holds one identity's outcomes at a time.
 */
final class HeldOutcomes implements Outcomes {

    private record Failure(Subject subject, Severity severity, String observed, String limit, String remediation,
            Instant since) {
    }

    private final List<Subject> passed = new ArrayList<>();
    private final List<Failure> failed = new ArrayList<>();
    private final List<Subject> notAssessed = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private String noEvidence;

    @Override
    public void pass(Subject subject) {
        passed.add(subject);
    }

    @Override
    public void fail(Subject subject, Severity severity, String observed, String limit, String remediation,
            Instant since) {
        failed.add(new Failure(subject, severity, observed, limit, remediation, since));
    }

    @Override
    public void notAssessed(Subject subject, String reason) {
        notAssessed.add(subject);
        reasons.add(reason);
    }

    @Override
    public void noEvidence(String reason) {
        noEvidence = reason;
    }

    boolean anyFailed() {
        return !failed.isEmpty();
    }

    boolean anyPassed() {
        return !passed.isEmpty();
    }

    int passes() {
        return passed.size();
    }

    /**
     * Passes everything on; each failure's observation gets {@code addendum} appended when it is not null, so that a
     * failure names what the other tool said too.
     */
    void replay(Outcomes to, String addendum) {
        passed.forEach(to::pass);
        for (Failure f : failed) {
            to.fail(f.subject(), f.severity(), addendum == null ? f.observed() : f.observed() + "; " + addendum,
                    f.limit(), f.remediation(), f.since());
        }
        for (int k = 0; k < notAssessed.size(); k++) {
            to.notAssessed(notAssessed.get(k), reasons.get(k));
        }
        if (noEvidence != null) {
            to.noEvidence(noEvidence);
        }
        passed.clear();
        failed.clear();
        notAssessed.clear();
        reasons.clear();
        noEvidence = null;
    }
}
