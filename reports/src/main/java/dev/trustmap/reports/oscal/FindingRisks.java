package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FirstSeenBy;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.text.IsoTimes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The risk of one trustmap finding, for the POA&M: open, or deviation-approved while an exception accepts it (with
 * the approval in its risk log); its deadline the end of its due day; trustmap's remediation as a recommendation,
 * with the due date as its milestone. Built one finding at a time, so that the findings are never held; kept lean,
 * as a million identities can have millions of findings.
 */
final class FindingRisks {

    static final String OPEN = "open";

    private final Assessment assessment;
    private final Catalog catalog;
    private final Map<String, AppliedException> inForce = new HashMap<>();
    private final Map<String, String> approvers = new HashMap<>();

    /**
     * Names the approver of every exception in force as a party now, before the metadata is written, in the order
     * the assessment results name them.
     */
    FindingRisks(Assessment assessment, Catalog catalog, Parties parties) {
        this.assessment = assessment;
        this.catalog = catalog;
        for (AppliedException e : ExceptionRisks.inForce(assessment)) {
            String key = key(e.grant().id(), e.grant().controlId());
            inForce.putIfAbsent(key, e);
            String approver = parties.uuidOf(e.grant().approvedBy());
            if (approver != null) {
                approvers.putIfAbsent(key, approver);
            }
        }
    }

    OscalObject of(Finding f) {
        String uuid = OscalIds.findingRisk(f.id());
        AppliedException accepting = accepting(f);
        String due = OscalTime.of(OscalTime.endOf(f.dueOn()));
        return OscalObject.of()
                .put("uuid", uuid)
                .put("title", OscalText.line(title(f)))
                .put("description", OscalText.markup(description(f)))
                .put("statement", OscalText.markup(severity(f) + " severity. " + clock(f, accepting)))
                .put("props", new Props().add("control", f.control()).add("severity", f.severity().key()).list())
                .put("status", f.status() == FindingStatus.ACCEPTED ? ExceptionRisks.DEVIATION_APPROVED : OPEN)
                .put("deadline", due)
                .put("remediations", List.of(OscalObject.of()
                        .put("uuid", OscalIds.remediation(uuid))
                        .put("lifecycle", "recommendation")
                        .put("title", "Recommended by trustmap")
                        .put("description", OscalText.markup(remediation(f)))
                        .put("tasks", List.of(OscalObject.of()
                                .put("uuid", OscalIds.milestone(uuid))
                                .put("type", "milestone")
                                .put("title", OscalText.line("Due " + (f.dueOn() == null ? "(no date)" : f.dueOn())))
                                .put("timing", due == null ? null
                                        : OscalObject.of().put("on-date", OscalObject.of().put("date", due)))))))
                .put("risk-log", accepting == null ? null : OscalObject.of().put("entries", List.of(
                        approval(accepting, uuid))));
    }

    /** {@code RVK-04 on svc-ledger-batch, credential AKIA…}: the POA&M item's title too. */
    static String title(Finding f) {
        String credential = OscalText.string(f.subject().credential());
        return f.control() + " on " + f.subject().identity() + (credential == null ? "" : ", credential "
                + credential);
    }

    /** trustmap's remediation for the finding, or what the limit asks for when none is given. */
    static String remediation(Finding f) {
        String remediation = OscalText.string(f.remediation());
        return remediation != null ? remediation : "Bring " + f.subject().identity() + " within the policy of "
                + f.control() + ": " + text(f.limit()) + ".";
    }

    /**
     * Where the finding's clock stands: due, first seen, and overdue for an open one (with the exception that no
     * longer accepts it), the accepting exception for an accepted one.
     */
    private String clock(Finding f, AppliedException accepting) {
        LocalDate asOfDay = LocalDate.ofInstant(assessment.asOf(), ZoneOffset.UTC);
        StringBuilder text = new StringBuilder("Due ").append(f.dueOn() == null ? "(no date)" : f.dueOn());
        if (f.firstSeen() != null) {
            text.append("; first seen ").append(IsoTimes.text(f.firstSeen())).append(' ')
                    .append(firstSeenBy(f.firstSeenBy()));
        }
        if (f.status() == FindingStatus.ACCEPTED) {
            String exception = accepting == null ? f.exception() : accepting.grant().id();
            text.append(". Accepted by exception ").append(exception);
            if (accepting != null && accepting.grant().expiresOn() != null) {
                text.append(" until ").append(accepting.grant().expiresOn());
            }
            return text.append(": no clock runs while it is in force.").toString();
        }
        if (f.overdue()) {
            text.append("; ").append(f.daysOverdue()).append(f.daysOverdue() == 1 ? " day" : " days")
                    .append(" overdue as of ").append(asOfDay).append('.');
        } else {
            text.append("; not overdue as of ").append(asOfDay).append('.');
        }
        String note = OscalText.string(f.exceptionNote());
        if (OscalText.string(f.exception()) != null && note != null) {
            text.append(" No exception accepts it: ").append(note).append('.');
        }
        return text.toString();
    }

    private String description(Finding f) {
        String control = catalog.control(f.control()).map(Control::title).map(t -> f.control() + " " + t)
                .orElse(f.control());
        return control + ". Observed: " + text(f.observed()) + ". Allowed: " + text(f.limit()) + ".";
    }

    /** The exception in force that accepts the finding; null for an open one. */
    private AppliedException accepting(Finding f) {
        return f.status() == FindingStatus.ACCEPTED ? inForce.get(key(f.exception(), f.control())) : null;
    }

    /** The approval of the exception that accepts the finding, by its approver, for as long as it holds. */
    private OscalObject approval(AppliedException accepting, String uuid) {
        ExceptionGrant g = accepting.grant();
        String approved = OscalTime.of(OscalTime.startOf(g.approvedOn()));
        String approver = approvers.get(key(g.id(), g.controlId()));
        return OscalObject.of()
                .put("uuid", OscalIds.riskLogEntry(uuid))
                .put("title", "Deviation approved")
                .put("description", OscalText.markup("Exception " + g.id() + " accepts failures of " + g.controlId()
                        + " on " + g.identity() + ", approved by " + text(g.approvedBy()) + " on " + g.approvedOn()
                        + ", until the end of " + g.expiresOn() + "."))
                .put("start", approved != null ? approved : OscalTime.of(assessment.asOf()))
                .put("end", OscalTime.of(OscalTime.endOf(g.expiresOn())))
                .put("logged-by", approver == null ? null : List.of(OscalObject.of().put("party-uuid", approver)))
                .put("status-change", ExceptionRisks.DEVIATION_APPROVED);
    }

    /** How the first-seen instant was found, to follow "first seen". */
    private static String firstSeenBy(FirstSeenBy by) {
        if (by == null) {
            return "by a rule not recorded";
        }
        return switch (by) {
            case EVIDENCE -> "as the evidence dates it";
            case HISTORY -> "in an earlier quarter's pack";
            case THIS_QUARTER -> "at this quarter's as-of instant";
        };
    }

    private static String severity(Finding f) {
        String key = f.severity().key();
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }

    private static String key(String exception, String control) {
        return exception + "\u001f" + control;
    }

    private static String text(String value) {
        String text = OscalText.string(value);
        return text == null ? "(not given)" : text;
    }
}
