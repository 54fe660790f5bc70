package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What one check reported: counts, the failures with their details, and why evidence was missing if it was. */
public final class CheckRun implements Outcomes {

    /**
     * One failure as the check reported it; severity null means the control's default, since null that the evidence
     * does not date the problem.
     */
    public record Failure(Subject subject, Severity severity, String observed, String limit, String remediation,
            Instant since) {
    }

    private final String controlId;
    private int passed;
    private int notAssessed;
    private final java.util.Map<String, int[]> byLane = new java.util.HashMap<>();
    private List<Failure> failures = new ArrayList<>();
    private int failed;
    private final List<String> notAssessedReasons = new ArrayList<>();
    private String noEvidence;

    private final Consumer<Failure> sink;

    public CheckRun(String controlId) {
        this(controlId, null);
    }

    /**
     * A run that hands each failure to {@code sink} as it is reported instead of keeping it, so that the failures of
     * every check judging a large inventory side by side are never held together.
     */
    public CheckRun(String controlId, Consumer<Failure> sink) {
        this.controlId = controlId;
        this.sink = sink;
    }

    /** Runs a check and returns what it reported. */
    public static CheckRun of(Check check, CheckContext context) {
        CheckRun run = new CheckRun(check.controlId());
        check.evaluate(context, run);
        return run;
    }

    @Override
    public void pass(Subject subject) {
        passed++;
        lane(subject)[0]++;
    }

    @Override
    public void fail(Subject subject, Severity severity, String observed, String limit, String remediation,
            Instant since) {
        Failure failure = new Failure(subject, severity, observed, limit, remediation, since);
        if (sink == null) {
            failures.add(failure);
        } else {
            sink.accept(failure);
        }
        failed++;
        lane(subject)[1]++;
    }

    @Override
    public void notAssessed(Subject subject, String reason) {
        notAssessed++;
        lane(subject)[2]++;
        if (notAssessedReasons.size() < 5 && !notAssessedReasons.contains(reason)) {
            notAssessedReasons.add(reason);
        }
    }

    @Override
    public void noEvidence(String reason) {
        this.noEvidence = reason;
    }

    /**
     * Counts per lane: {@code machine}, {@code ai}; an identity of unknown class is judged as machine lane, and
     * what is not an identity (a control, an exception) counts under {@code none}.
     */
    private int[] lane(Subject subject) {
        String key = subject.lane() != null ? subject.lane() : subject.isIdentity() ? "machine" : "none";
        return byLane.computeIfAbsent(key, k -> new int[3]);
    }

    /**
     * Passed, failed and not-assessed counts of the subjects of one lane ({@code machine}, {@code ai}, {@code none}).
     */
    public int[] countsOfLane(String lane) {
        return byLane.getOrDefault(lane, new int[3]).clone();
    }

    public String controlId() {
        return controlId;
    }

    public int passed() {
        return passed;
    }

    public int notAssessed() {
        return notAssessed;
    }

    /** The failures, until {@link #releaseFailures} hands them over. */
    public List<Failure> failures() {
        return failures;
    }

    /** How many subjects failed (still known once the failures themselves are released). */
    public int failed() {
        return failed;
    }

    /**
     * Hands the failures over and forgets them, so that a run kept for its counts does not also keep every
     * failure: at a million identities the findings made of them are what must not be held twice.
     */
    public List<Failure> releaseFailures() {
        List<Failure> all = failures;
        failures = new ArrayList<>();
        return all;
    }

    /** A few distinct reasons members were not assessed, for the result's basis. */
    public List<String> notAssessedReasons() {
        return notAssessedReasons;
    }

    /** Why the whole control could not be judged, or null when it could. */
    public String noEvidence() {
        return noEvidence;
    }

    /** Everything the check looked at: passed, failed and not assessed. */
    public int population() {
        return passed + failed + notAssessed;
    }
}
