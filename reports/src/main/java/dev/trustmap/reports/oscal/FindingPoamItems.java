package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.Subject;
import java.util.List;
import java.util.Set;

/**
 * The POA&M item of one trustmap finding: what to do about it, with the finding's subject and clock as props,
 * pointing at the finding's risk (status, deadline, milestone) and at the observation of its control. Its uuid is
 * the finding id's, so the same finding is the same item in every quarter it stays.
 */
final class FindingPoamItems {

    private final Assessment assessment;
    private final String period;
    private final String platform;
    private final Set<String> assessed;

    /** @param assessed the controls that have an observation in the document */
    FindingPoamItems(Assessment assessment, String period, String platform, Set<String> assessed) {
        this.assessment = assessment;
        this.period = period;
        this.platform = platform;
        this.assessed = assessed;
    }

    OscalObject of(Finding f) {
        Subject s = f.subject();
        return OscalObject.of()
                .put("uuid", OscalIds.poamItem(f.id()))
                .put("title", OscalText.line(FindingRisks.title(f)))
                .put("description", OscalText.markup(FindingRisks.remediation(f)))
                .put("props", new Props().add("finding", f.id()).add("identity", s.identity())
                        .add("subject-kind", s.isIdentity() ? null : s.kind()).add("credential", s.credential())
                        .add("owner", s.owner()).add("evidence", s.evidence()).add("first-seen", f.firstSeen())
                        .add("first-seen-by", f.firstSeenBy() == null ? null : f.firstSeenBy().key())
                        .add("due-on", f.dueOn()).add("days-overdue", f.daysOverdue())
                        .add("change", f.change() == null ? null : f.change().key())
                        .add("exception", f.exception()).list())
                .put("related-observations", assessed.contains(f.control()) ? List.of(OscalObject.of()
                        .put("observation-uuid", OscalIds.observation(period, f.control()))) : null)
                .put("related-risks", List.of(OscalObject.of().put("risk-uuid", OscalIds.findingRisk(f.id()))));
    }

    /** The one item of a POA&M without findings, which the schema requires: it says there is nothing to do. */
    OscalObject none() {
        return OscalObject.of()
                .put("uuid", OscalIds.noFindingsItem(period))
                .put("title", "No open or accepted finding")
                .put("description", OscalText.markup("As of " + OscalTime.of(assessment.asOf()) + " trustmap found"
                        + " nothing to remediate. The OSCAL POA&M model requires at least one item; this one stands"
                        + " for none."))
                .put("props", new Props().add("open-findings", 0).add("accepted-findings", 0).list())
                .put("origins", List.of(OscalObject.of().put("actors", List.of(OscalObject.of()
                        .put("type", "assessment-platform").put("actor-uuid", platform)))));
    }
}
