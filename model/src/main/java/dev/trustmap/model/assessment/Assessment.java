package dev.trustmap.model.assessment;

import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an assessment concluded, against one as-of instant, one policy and one catalog.
 *
 * @param controlOwners each control's owner from the control-owner sheet (empty when none was given)
 * @param orphanedIdentities the NHIs counted as orphaned: no owner, or every owner departed
 * @param remediation what is new, resolved and overdue against the quarter before; null for a quarter read from an
 *     assessment written before trustmap kept these figures
 * @param resolved the quarter before's findings that this quarter no longer has, in that quarter's order
 * @param disagreements where another tool's check (Prowler) and trustmap's own check judged an identity against a
 *     control differently, in identity and catalog order
 */
public record Assessment(Instant asOf, Policy policy, String catalogVersion, String catalogSha256,
        List<ControlResult> controls, List<Finding> findings, Kpis kpis, List<Score> domains, List<Score> lanes,
        Map<String, List<Score>> domainsByLane, List<FrameworkSummary> frameworks,
        List<FrameworkItemStatus> frameworkItems, Maturity maturity, List<AppliedException> exceptions,
        List<AppliedAttestation> attestations, Map<String, String> controlOwners, List<String> orphanedIdentities,
        List<InputProblem> warnings, Remediation remediation, List<ResolvedFinding> resolved,
        List<Disagreement> disagreements) {

    public Assessment {
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    /** An assessment in which no other tool's result disagrees with trustmap's own checks. */
    public Assessment(Instant asOf, Policy policy, String catalogVersion, String catalogSha256,
            List<ControlResult> controls, List<Finding> findings, Kpis kpis, List<Score> domains, List<Score> lanes,
            Map<String, List<Score>> domainsByLane, List<FrameworkSummary> frameworks,
            List<FrameworkItemStatus> frameworkItems, Maturity maturity, List<AppliedException> exceptions,
            List<AppliedAttestation> attestations, Map<String, String> controlOwners, List<String> orphanedIdentities,
            List<InputProblem> warnings, Remediation remediation, List<ResolvedFinding> resolved) {
        this(asOf, policy, catalogVersion, catalogSha256, controls, findings, kpis, domains, lanes, domainsByLane,
                frameworks, frameworkItems, maturity, exceptions, attestations, controlOwners, orphanedIdentities,
                warnings, remediation, resolved, List.of());
    }
}
