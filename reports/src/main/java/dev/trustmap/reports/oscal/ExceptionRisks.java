package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One risk per exception in force at the as-of date: a deviation someone approved, with its reason, its
 * compensating control as the mitigating factor, and its expiry as the deadline. Expired and invalid exceptions
 * accept nothing; the failures they named stay open and show in the findings' status instead.
 */
final class ExceptionRisks {

    /** OSCAL's risk status for an accepted deviation. */
    static final String DEVIATION_APPROVED = "deviation-approved";

    private final Assessment assessment;
    private final Catalog catalog;
    private final String period;
    private final Parties parties;
    private final String platform;

    ExceptionRisks(Assessment assessment, Catalog catalog, String period, Parties parties, String platform) {
        this.assessment = assessment;
        this.catalog = catalog;
        this.period = period;
        this.parties = parties;
        this.platform = platform;
    }

    /** The exceptions that become risks, in the assessment's order. */
    static List<AppliedException> inForce(Assessment assessment) {
        return assessment.exceptions().stream().filter(e -> e.state() == ExceptionState.ACTIVE).toList();
    }

    static String uuidOf(String period, ExceptionGrant g) {
        return OscalIds.risk(period, Objects.toString(g.id(), ""), Objects.toString(g.controlId(), ""),
                Objects.toString(g.identity(), ""));
    }

    List<OscalObject> build() {
        List<OscalObject> risks = new ArrayList<>();
        for (AppliedException e : inForce(assessment)) {
            risks.add(risk(e));
        }
        return risks;
    }

    private OscalObject risk(AppliedException e) {
        ExceptionGrant g = e.grant();
        String uuid = uuidOf(period, g);
        String expiry = OscalTime.of(OscalTime.endOf(g.expiresOn()));
        String approver = parties.uuidOf(g.approvedBy());
        boolean assessed = assessment.controls().stream().anyMatch(c -> c.id().equals(g.controlId()));
        return OscalObject.of()
                .put("uuid", uuid)
                .put("title", OscalText.line("Exception " + g.id() + ": " + g.controlId() + " accepted for "
                        + g.identity()))
                .put("description", OscalText.markup("Reason: " + text(g.reason()) + "\n\nCompensating control: "
                        + text(g.compensatingControl())))
                .put("statement", OscalText.markup(statement(e)))
                .put("props", new Props().add("exception", g.id()).add("control", g.controlId())
                        .add("identity", g.identity()).add("accepted-findings", e.accepted())
                        .add("requested-by", g.requestedBy()).add("approved-by", g.approvedBy())
                        .add("approved-on", g.approvedOn()).add("expires-on", g.expiresOn()).list())
                .put("status", DEVIATION_APPROVED)
                .put("origins", List.of(OscalObject.of().put("actors", List.of(OscalObject.of()
                        .put("type", "assessment-platform").put("actor-uuid", platform)))))
                .put("mitigating-factors", OscalText.string(g.compensatingControl()) == null ? null
                        : List.of(OscalObject.of().put("uuid", OscalIds.mitigatingFactor(uuid))
                                .put("description", OscalText.markup(g.compensatingControl()))))
                .put("deadline", expiry)
                .put("risk-log", OscalObject.of().put("entries", List.of(OscalObject.of()
                        .put("uuid", OscalIds.riskLogEntry(uuid))
                        .put("title", "Deviation approved")
                        .put("start", approvedAt(g))
                        .put("end", expiry)
                        .put("logged-by", approver == null ? null
                                : List.of(OscalObject.of().put("party-uuid", approver)))
                        .put("status-change", DEVIATION_APPROVED))))
                .put("related-observations", assessed ? List.of(OscalObject.of()
                        .put("observation-uuid", OscalIds.observation(period, g.controlId()))) : null);
    }

    private String statement(AppliedException e) {
        ExceptionGrant g = e.grant();
        String title = catalog.control(g.controlId()).map(Control::title).map(t -> " (" + t + ")").orElse("");
        return String.format(Locale.ROOT, "Failures of %s%s on %s are accepted by exception %s, requested by %s and"
                + " approved by %s on %s, until the end of %s. As of %s it accepted %d finding%s.",
                g.controlId(), title, g.identity(), g.id(), text(g.requestedBy()), text(g.approvedBy()),
                g.approvedOn(), g.expiresOn(), assessment.asOf(), e.accepted(), e.accepted() == 1 ? "" : "s");
    }

    /** When the approval was given: its date's first instant, else (never for an active one) the as-of instant. */
    private String approvedAt(ExceptionGrant g) {
        String approved = OscalTime.of(OscalTime.startOf(g.approvedOn()));
        return approved != null ? approved : OscalTime.of(assessment.asOf());
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(OscalText.string(value), "(not given)");
    }
}
