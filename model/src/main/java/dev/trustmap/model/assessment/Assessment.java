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
 */
public record Assessment(Instant asOf, Policy policy, String catalogVersion, String catalogSha256,
        List<ControlResult> controls, List<Finding> findings, Kpis kpis, List<Score> domains, List<Score> lanes,
        Map<String, List<Score>> domainsByLane, List<FrameworkSummary> frameworks,
        List<FrameworkItemStatus> frameworkItems, Maturity maturity, List<AppliedException> exceptions,
        List<AppliedAttestation> attestations, Map<String, String> controlOwners, List<String> orphanedIdentities,
        List<InputProblem> warnings, Remediation remediation, List<ResolvedFinding> resolved) {
}
