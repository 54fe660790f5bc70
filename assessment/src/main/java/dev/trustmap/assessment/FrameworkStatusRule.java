package dev.trustmap.assessment;

import dev.trustmap.mappings.Coverage;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.assessment.FrameworkSummary;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.Mapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The status of each framework item, derived from the controls mapped to it (or to the items below it):
 * <ul>
 *   <li>out of scope: marked not applicable, or no control maps to it;</li>
 *   <li>not assessed: every mapped control is not assessed;</li>
 *   <li>met: every mapped control is met and at least one mapping covers the whole item ({@code equal} or
 *   {@code superset-of});</li>
 *   <li>partial: some mapped control is met or partial, or all are met but none covers the whole item;</li>
 *   <li>not met: every assessed mapped control is not met.</li>
 * </ul>
 */
final class FrameworkStatusRule {

    private final Catalog catalog;
    private final Coverage coverage;
    private final Map<String, ControlStatus> statuses = new HashMap<>();
    private final List<FrameworkItemStatus> items = new ArrayList<>();
    private final List<FrameworkSummary> summaries = new ArrayList<>();

    FrameworkStatusRule(Catalog catalog, List<ControlResult> results) {
        this.catalog = catalog;
        this.coverage = new Coverage(catalog);
        results.forEach(r -> statuses.put(r.id(), r.status()));
        for (Framework framework : catalog.frameworks()) {
            int[] counts = new int[5];
            for (FrameworkItem item : framework.countedItems()) {
                FrameworkItemStatus status = status(item);
                items.add(status);
                counts[switch (status.status()) {
                    case "met" -> 0;
                    case "partial" -> 1;
                    case "not_met" -> 2;
                    case "not_assessed" -> 3;
                    default -> 4;
                }]++;
            }
            summaries.add(new FrameworkSummary(framework.id(), framework.name(), framework.countedItems().size(),
                    counts[0], counts[1], counts[2], counts[3], counts[4]));
        }
    }

    List<FrameworkItemStatus> items() {
        return items;
    }

    List<FrameworkSummary> summaries() {
        return summaries;
    }

    private FrameworkItemStatus status(FrameworkItem item) {
        // the same mappings coverage counts: onto the item and every item below it, no-relationship left out
        List<Mapping> mappings = coverage.reachingMappings(item);
        Set<String> controls = new LinkedHashSet<>();
        mappings.forEach(m -> controls.add(m.controlId()));
        if (controls.isEmpty()) {
            var na = catalog.notApplicable(item.framework(), item.id());
            return new FrameworkItemStatus(item.framework(), item.id(), "out_of_scope", List.of(),
                    na.map(n -> "not applicable: " + n.reason()).orElse("no control maps to it"));
        }
        boolean whole = mappings.stream().anyMatch(m -> m.relationship().coversWholeItem());
        int met = 0;
        int partial = 0;
        int notMet = 0;
        int notAssessed = 0;
        for (String control : controls) {
            switch (statuses.getOrDefault(control, ControlStatus.NOT_ASSESSED)) {
                case MET -> met++;
                case PARTIAL -> partial++;
                case NOT_MET -> notMet++;
                case NOT_ASSESSED -> notAssessed++;
            }
        }
        String status;
        String rule;
        if (notAssessed == controls.size()) {
            status = "not_assessed";
            rule = "no mapped control was assessed";
        } else if (met == controls.size() && whole) {
            status = "met";
            rule = "every mapped control met; a mapping covers the whole item";
        } else if (met + partial > 0) {
            status = "partial";
            rule = met == controls.size() ? "every mapped control met, but none covers the whole item"
                    : met + " of " + controls.size() + " mapped controls met";
        } else {
            status = "not_met";
            rule = "no assessed mapped control is met";
        }
        return new FrameworkItemStatus(item.framework(), item.id(), status, List.copyOf(controls), rule);
    }
}
