package dev.trustmap.reports.oscal;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.reports.oscal.FindingClocks.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One finding per framework item that a control maps to, targeting the item as an assessment objective: satisfied
 * when the item is met, not satisfied otherwise (partly met, not met, or not assessed: missing evidence is never a
 * pass), with the clock of the open trustmap findings of its controls. Items out of scope (not applicable, or
 * mapped by no control) get none.
 */
final class ItemFindings {

    static final String OUT_OF_SCOPE = "out_of_scope";

    private final Assessment assessment;
    private final Catalog catalog;
    private final String period;
    private final FindingClocks clocks;

    ItemFindings(Assessment assessment, Catalog catalog, String period, FindingClocks clocks) {
        this.assessment = assessment;
        this.catalog = catalog;
        this.period = period;
        this.clocks = clocks;
    }

    /** The items that get a finding, in the assessment's order (catalog order, then published order). */
    static List<FrameworkItemStatus> judged(Assessment assessment) {
        return assessment.frameworkItems().stream()
                .filter(i -> !OUT_OF_SCOPE.equals(i.status()) && !i.controls().isEmpty()).toList();
    }

    List<OscalObject> build() {
        Set<String> assessed = assessment.controls().stream().map(ControlResult::id).collect(Collectors.toSet());
        List<AppliedException> inForce = ExceptionRisks.inForce(assessment);
        List<OscalObject> findings = new ArrayList<>();
        for (FrameworkItemStatus item : judged(assessment)) {
            findings.add(finding(item, assessed, inForce));
        }
        return findings;
    }

    private OscalObject finding(FrameworkItemStatus s, Set<String> assessed, List<AppliedException> inForce) {
        String framework = catalog.framework(s.framework()).map(Framework::name).orElse(s.framework());
        String label = catalog.item(s.framework(), s.item()).map(FrameworkItem::label).orElse("");
        boolean met = "met".equals(s.status());
        Clock clock = clocks.of(s.controls());
        Props props = new Props().add("framework", s.framework()).add("framework-item", s.item())
                .add("item-status", s.status());
        s.controls().forEach(c -> props.add("control", c));
        props.add("open-findings", clock.open()).add("overdue-findings", clock.overdue())
                .add("earliest-first-seen", clock.earliestFirstSeen()).add("earliest-due-on", clock.earliestDue());
        return OscalObject.of()
                .put("uuid", OscalIds.finding(period, s.framework(), s.item()))
                .put("title", OscalText.line(s.item() + (label.isBlank() ? "" : ": " + label)))
                .put("description", OscalText.markup(description(framework, s) + clock(clock)))
                .put("props", props.list())
                .put("target", OscalObject.of()
                        .put("type", "objective-id")
                        .put("target-id", OscalText.token(s.item()))
                        .put("status", OscalObject.of()
                                .put("state", met ? "satisfied" : "not-satisfied")
                                .put("reason", met ? "pass" : "not_assessed".equals(s.status()) ? "other" : "fail")
                                .put("remarks", "not_assessed".equals(s.status())
                                        ? "No mapped control was assessed: missing evidence is never a pass." : null)))
                .put("related-observations", s.controls().stream().filter(assessed::contains).distinct()
                        .map(c -> OscalObject.of().put("observation-uuid", OscalIds.observation(period, c))).toList())
                .put("related-risks", inForce.stream().filter(e -> s.controls().contains(e.grant().controlId()))
                        .map(e -> ExceptionRisks.uuidOf(period, e.grant())).distinct()
                        .map(uuid -> OscalObject.of().put("risk-uuid", uuid)).toList());
    }

    private static String description(String framework, FrameworkItemStatus s) {
        String rule = OscalText.string(s.rule());
        return framework + " " + s.item() + ": " + ControlObservations.words(s.status()).toLowerCase(Locale.ROOT)
                + (rule == null ? "" : " (" + rule + ")") + ". The status is derived from the catalog's typed"
                + " mappings of " + String.join(", ", s.controls()) + " to this item and their results.";
    }

    private static String clock(Clock c) {
        if (c.open() == 0) {
            return " No finding of these controls is open.";
        }
        return String.format(Locale.ROOT, " %d open finding%s of these controls, %d overdue; the earliest was first"
                + " seen %s and the earliest is due %s.", c.open(), c.open() == 1 ? "" : "s", c.overdue(),
                c.earliestFirstSeen() == null ? "(not known)" : c.earliestFirstSeen(),
                c.earliestDue() == null ? "(not known)" : c.earliestDue());
    }
}
