package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Disagreement;
import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A control judged from another tool's results (Prowler's) as well as by trustmap's own check, where there is one.
 * Which tool checks speak to the control is catalog data ({@link Catalog#controlsOf}).
 *
 * <p>For each identity the tool's results for the control are weighed against what the native check reported about
 * it. A tool FAIL fails the identity where the native check found nothing to fail; a tool PASS passes it where the
 * native check judged nothing. Where the native check failed, its failures stand and their observation names the
 * tool's results too; where it passed and the tool failed, both stand: the passes, and a failure of the identity
 * that names both judgements. Either disagreement is recorded. MANUAL and muted results never count as a pass: with
 * nothing else to judge by, the identity is not assessed, for the reason they give.
 */
public final class ToolEvidenceCheck implements Check {

    private static final String REMEDIATION = "Fix what the tool's finding names, or, where trustmap's evidence "
            + "disagrees, find out which of the two is out of date.";

    private final String controlId;
    private final Check nativeCheck;
    private final Catalog catalog;
    private final Consumer<Disagreement> disagreements;

    /**
     * @param nativeCheck trustmap's own check of the control, or null when it has none
     * @param disagreements told of each disagreement as it is found
     */
    public ToolEvidenceCheck(String controlId, Check nativeCheck, Catalog catalog,
            Consumer<Disagreement> disagreements) {
        this.controlId = controlId;
        this.nativeCheck = nativeCheck;
        this.catalog = catalog;
        this.disagreements = disagreements;
    }

    /** True when the catalog maps some tool's check to the control. */
    public static boolean applies(Catalog catalog, String controlId) {
        return catalog.toolChecks().stream().anyMatch(t -> t.controls().contains(controlId));
    }

    @Override
    public String controlId() {
        return controlId;
    }

    @Override
    public Judgement start(CheckContext context) {
        Judgement inner = nativeCheck == null ? null : nativeCheck.start(context);
        HeldOutcomes held = new HeldOutcomes();
        return new Judgement() {
            private boolean toolJudged;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                List<ExternalResult> results = identity.externalResults().stream()
                        .filter(r -> catalog.controlsOf(r.tool(), r.check()).contains(controlId)).toList();
                if (results.isEmpty()) {
                    if (inner != null) {
                        inner.judge(identity, outcomes);
                    }
                    return;
                }
                if (inner != null) {
                    inner.judge(identity, held);
                }
                toolJudged |= weigh(identity, results, held, outcomes);
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (inner != null) {
                    // once a tool result judged someone, the native check's "no evidence" no longer holds
                    inner.finish(toolJudged ? new WithoutNoEvidence(outcomes) : outcomes);
                } else if (!toolJudged) {
                    outcomes.noEvidence("no automated check exists for this control, and no tool result speaks "
                            + "to it in the inputs");
                }
            }
        };
    }

    /** Weighs one identity's tool results against the native outcomes held; true when the tool judged it. */
    private boolean weigh(Identity identity, List<ExternalResult> results, HeldOutcomes held, Outcomes out) {
        List<ExternalResult> fails = only(results, ToolVerdict.FAIL);
        List<ExternalResult> passes = only(results, ToolVerdict.PASS);
        String named = results.stream().map(ExternalResult::describe).collect(Collectors.joining("; "));
        if (held.anyFailed()) {
            passes.forEach(r -> disagree(identity, "fail", r));
            held.replay(out, named);
            return true;
        }
        if (held.anyPassed() && !fails.isEmpty()) {
            fails.forEach(r -> disagree(identity, "pass", r));
            int judged = held.passes();
            held.replay(out, null);
            ExternalResult first = fails.get(0);
            out.fail(Subjects.of(identity, first), null, "trustmap: pass (" + judged + " judged); "
                    + describe(fails), "pass " + first.tool() + "'s check", REMEDIATION);
            return true;
        }
        if (held.anyPassed()) {
            held.replay(out, null); // the tool agrees, or has only MANUAL or muted results to add
            return true;
        }
        held.replay(out, null); // not assessed by trustmap, if at all
        if (!fails.isEmpty()) {
            out.fail(Subjects.of(identity, fails.get(0)), null, describe(fails), "pass " + fails.get(0).tool()
                    + "'s check", REMEDIATION);
        } else if (!passes.isEmpty()) {
            out.pass(Subjects.of(identity, passes.get(0)));
        } else {
            ExternalResult first = results.get(0);
            out.notAssessed(Subjects.of(identity, first), first.describe() + (first.verdict() == ToolVerdict.MUTED
                    ? " (muted in the tool, which is no pass)" : " (left to a person's review, which is no pass)"));
        }
        return true;
    }

    /** Passes on everything but a want of evidence. */
    private record WithoutNoEvidence(Outcomes to) implements Outcomes {

        @Override
        public void pass(Subject subject) {
            to.pass(subject);
        }

        @Override
        public void fail(Subject subject, Severity severity, String observed, String limit, String remediation,
                Instant since) {
            to.fail(subject, severity, observed, limit, remediation, since);
        }

        @Override
        public void notAssessed(Subject subject, String reason) {
            to.notAssessed(subject, reason);
        }

        @Override
        public void noEvidence(String reason) {
        }
    }

    /** "Prowler iam_rotate_access_key_90_days: FAIL (its message)", for each result. */
    private static String describe(List<ExternalResult> results) {
        return results.stream().map(r -> r.describe() + (r.message() == null ? "" : " (" + r.message() + ")"))
                .collect(Collectors.joining("; "));
    }

    private static List<ExternalResult> only(List<ExternalResult> results, ToolVerdict verdict) {
        List<ExternalResult> matching = new ArrayList<>();
        results.stream().filter(r -> r.verdict() == verdict).forEach(matching::add);
        return matching;
    }

    private void disagree(Identity identity, String trustmap, ExternalResult result) {
        disagreements.accept(new Disagreement(identity.id(), controlId, trustmap, result.tool(), result.check(),
                result.verdict().key(), result.findingId()));
    }
}
