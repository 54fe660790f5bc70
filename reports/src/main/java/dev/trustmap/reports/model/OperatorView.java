package dev.trustmap.reports.model;

import java.util.List;

/**
 * Everything an operator works from: every finding with owner, due date and remediation, grouped by owner and
 * severity; every identity and credential; controls, framework items and the crosswalk of failing controls;
 * distributions; unowned and orphaned identities; exceptions; control owners; the findings of the quarter before
 * that are resolved now ({@code previousQuarter} names that quarter, null when no earlier quarter was given); where
 * another tool's results disagree with trustmap's own checks.
 */
public record OperatorView(Rows<FindingRow> findings, List<FindingGroup> groups, Rows<IdentityRow> identities,
        Rows<CredentialRow> credentials, List<ControlRow> controls, List<FrameworkItemRow> frameworkItems,
        List<CrosswalkRow> failingCrosswalk, Histogram tokenLifetimes, Histogram rotationAges,
        List<IdentityRef> unowned, List<IdentityRef> orphaned, List<ExceptionRow> exceptions,
        List<AttestationRow> attestations, List<LeakRow> leaks, List<ResolvedRow> resolved,
        String previousQuarter, List<DisagreementRow> disagreements) {

    /** An operator view where no other tool disagrees with trustmap. */
    public OperatorView(Rows<FindingRow> findings, List<FindingGroup> groups, Rows<IdentityRow> identities,
            Rows<CredentialRow> credentials, List<ControlRow> controls, List<FrameworkItemRow> frameworkItems,
            List<CrosswalkRow> failingCrosswalk, Histogram tokenLifetimes, Histogram rotationAges,
            List<IdentityRef> unowned, List<IdentityRef> orphaned, List<ExceptionRow> exceptions,
            List<AttestationRow> attestations, List<LeakRow> leaks, List<ResolvedRow> resolved,
            String previousQuarter) {
        this(findings, groups, identities, credentials, controls, frameworkItems, failingCrosswalk, tokenLifetimes,
                rotationAges, unowned, orphaned, exceptions, attestations, leaks, resolved, previousQuarter,
                List.of());
    }

    /** An operator view with nothing resolved (no earlier quarter). */
    public OperatorView(Rows<FindingRow> findings, List<FindingGroup> groups, Rows<IdentityRow> identities,
            Rows<CredentialRow> credentials, List<ControlRow> controls, List<FrameworkItemRow> frameworkItems,
            List<CrosswalkRow> failingCrosswalk, Histogram tokenLifetimes, Histogram rotationAges,
            List<IdentityRef> unowned, List<IdentityRef> orphaned, List<ExceptionRow> exceptions,
            List<AttestationRow> attestations, List<LeakRow> leaks) {
        this(findings, groups, identities, credentials, controls, frameworkItems, failingCrosswalk, tokenLifetimes,
                rotationAges, unowned, orphaned, exceptions, attestations, leaks, List.of(), null);
    }
}
