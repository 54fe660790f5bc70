package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Identity;

/**
 * The automated judgement of one control. A check states its population in its class comment ("static
 * credentials of machine-lane identities"), reports every member of it to {@link Outcomes} as passed, failed
 * (with the observed value and the limit) or not assessed, and calls {@link Outcomes#noEvidence} when the
 * inventory holds nothing it could judge: missing evidence is never a pass.
 *
 * <p>A check never holds the inventory: the engine walks the identities once, in id order, and shows each to every
 * check's {@link Judgement}, so a million identities are judged in bounded memory. What a check needs to know about
 * other identities (who else holds a secret, whether a parent exists) it finds in {@link CheckContext#index()},
 * gathered in a walk before; what it can only judge once every identity is seen it judges in
 * {@link Judgement#finish}.
 */
public interface Check {

    /** The catalog id of the control, e.g. {@code LFC-01}. */
    String controlId();

    /**
     * True when the check judges identities by attestations that each speak for one identity (an owner's answer in
     * a review, {@code identity_id} in the attestations file); only such a control accepts them.
     */
    default boolean readsIdentityAttestations() {
        return false;
    }

    /** Starts judging one inventory; the judgement keeps whatever state the check needs across identities. */
    Judgement start(CheckContext context);

    /** One check's pass over one inventory. */
    interface Judgement {

        /** Judges one identity; called once for each, in id order. */
        void judge(Identity identity, Outcomes outcomes);

        /**
         * Called after the last identity: judges what is not an identity (exceptions, control owners, leaks) or
         * needed every identity seen, and reports {@link Outcomes#noEvidence} when the population was empty.
         */
        void finish(Outcomes outcomes);
    }

    /** Runs this check alone over the context's inventory (for tests, and for one check over a small inventory). */
    default void evaluate(CheckContext context, Outcomes outcomes) {
        Judgement judgement = start(context);
        for (Identity identity : context.inventory().identities()) {
            judgement.judge(identity, outcomes);
        }
        judgement.finish(outcomes);
    }
}
