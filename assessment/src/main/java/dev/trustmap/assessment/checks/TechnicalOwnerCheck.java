package dev.trustmap.assessment.checks;

import dev.trustmap.model.vocabulary.Lane;

/**
 * ACT-02, a named technical owner for every non-human identity. Population: every non-human identity. Passes when
 * its technical owner is recorded; a failure reports "no technical owner".
 */
public final class TechnicalOwnerCheck implements Check {

    @Override
    public String controlId() {
        return "ACT-02";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.lane() != Lane.HUMAN, "no non-human identities in the inputs",
                (identity, outcomes) -> {
                    // A business owner does not stand in: ACT-02 asks for the person who keeps the identity running.
                    if (identity.technicalOwner() != null && !identity.technicalOwner().isBlank()) {
                        outcomes.pass(Subjects.of(identity));
                    } else {
                        outcomes.fail(Subjects.of(identity), "no technical owner", "1 named technical owner",
                                "Name the engineer who rotates, repairs and retires this identity as its technical"
                                        + " owner.");
                    }
                });
    }
}
