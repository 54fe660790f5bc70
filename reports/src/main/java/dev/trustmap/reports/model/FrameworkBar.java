package dev.trustmap.reports.model;

/**
 * A framework's in-scope items by status, with shares of the in-scope items in percent for the compact bar.
 *
 * @param outOfScope items no control is judged against: {@code notApplicable} of them declared not applicable to
 *     non-human identities in the catalog (with a reason), the rest not covered by any control
 */
public record FrameworkBar(String framework, String name, int items, int inScope, int met, int partial, int notMet,
        int notAssessed, int outOfScope, double metPercent, double partialPercent, double notMetPercent,
        double notAssessedPercent, int notApplicable) {

    /** A bar whose out-of-scope items are all not covered. */
    public FrameworkBar(String framework, String name, int items, int inScope, int met, int partial, int notMet,
            int notAssessed, int outOfScope, double metPercent, double partialPercent, double notMetPercent,
            double notAssessedPercent) {
        this(framework, name, items, inScope, met, partial, notMet, notAssessed, outOfScope, metPercent,
                partialPercent, notMetPercent, notAssessedPercent, 0);
    }

    /** Out-of-scope items that no control of the catalog covers yet (a gap, unlike a not-applicable item). */
    public int notCovered() {
        return outOfScope - notApplicable;
    }
}
