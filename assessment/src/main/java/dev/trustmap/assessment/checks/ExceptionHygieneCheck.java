package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.policy.PolicyKey;
import java.util.List;

/**
 * RVK-05: exceptions are time-bound and approved by someone other than their requester.
 *
 * <p>Population: the exceptions given, with their state at the as-of date. Fails for an {@code invalid} one
 * (self-approved, without expiry, or longer than {@code exception-max-days}); observed is why it is invalid, e.g.
 * "approved by its own requester". Active and expired exceptions pass here: an expired one stops accepting
 * findings, which the findings themselves then show.
 */
public final class ExceptionHygieneCheck implements Check {

    public ExceptionHygieneCheck() {
    }

    @Override
    public String controlId() {
        return "RVK-05";
    }

    @Override
    public Judgement start(CheckContext context) {
        // The exceptions are the population, not the identities: everything is judged once the walk is over.
        return Populations.afterTheWalk(outcomes -> judgeExceptions(context, outcomes));
    }

    private static void judgeExceptions(CheckContext context, Outcomes outcomes) {
        List<AppliedException> exceptions = context.exceptions();
        if (exceptions == null || exceptions.isEmpty()) {
            outcomes.noEvidence("no exceptions file");
            return;
        }
        long maxDays = context.policy().limit(PolicyKey.EXCEPTION_MAX_DAYS);
        for (AppliedException applied : exceptions) {
            ExceptionGrant grant = applied.grant();
            var subject = Subjects.other("exception", grant.id(), grant.approvedBy());
            if (applied.state() == ExceptionState.INVALID) {
                String why = applied.why() == null || applied.why().isBlank() ? "exception is invalid"
                        : applied.why();
                outcomes.fail(subject, why, "independent approver, expiry within " + maxDays + " days",
                        "Have someone other than the requester approve the exception with an end date"
                                + " within policy.");
            } else {
                outcomes.pass(subject);
            }
        }
    }
}
