package dev.trustmap.evidence.checks;

/**
 * The automated judgement of one control. A check states its population in its class comment ("static
 * credentials of machine-lane identities"), reports every member of it to {@link Outcomes} as passed, failed
 * (with the observed value and the limit) or not assessed, and calls {@link Outcomes#noEvidence} when the
 * inventory holds nothing it could judge: missing evidence is never a pass.
 */
public interface Check {

    /** The catalog id of the control, e.g. {@code LFC-01}. */
    String controlId();

    void evaluate(CheckContext context, Outcomes outcomes);
}
