package dev.trustmap.mappings;

import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.NotApplicable;
import dev.trustmap.model.catalog.SourceRef;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a loaded catalog for what a schema cannot see: duplicate ids, mapping targets that do not exist, ids
 * written in a legacy or malformed form, controls mapped to fewer than three frameworks, missing rationales,
 * mappings without their OSCAL matching, confidence and provenance, AI 600-1 actions mapped without their AI RMF
 * subcategory, and items of fully-covered frameworks that are neither mapped nor marked not applicable.
 */
public final class CatalogLint {

    /** Every control must reach at least this many frameworks, so it can be reported in each conversation. */
    public static final int MIN_FRAMEWORKS_PER_CONTROL = 3;

    private static final String AI_RMF = "nist-ai-rmf-1.0";
    private static final Pattern CONTROL_ID = Pattern.compile("^[A-Z][A-Z0-9]{1,7}-\\d{2,3}$");

    private final Catalog catalog;
    private final IdResolver resolver;
    private final List<InputProblem> problems = new ArrayList<>();

    private CatalogLint(Catalog catalog) {
        this.catalog = catalog;
        this.resolver = new IdResolver(catalog);
    }

    /** Every finding, ordered by file, line and column. Empty when the catalog is clean. */
    public static List<InputProblem> check(Catalog catalog) {
        CatalogLint lint = new CatalogLint(catalog);
        lint.frameworks();
        lint.controls();
        lint.notApplicable();
        lint.fullCoverage();
        return lint.sorted();
    }

    private void frameworks() {
        for (Framework framework : catalog.frameworks()) {
            Set<String> ids = new HashSet<>();
            for (FrameworkItem item : framework.items()) {
                if (!ids.add(item.id())) {
                    add(item.source(), "duplicate item id '" + item.id() + "' in framework '" + framework.id() + "'.",
                            "Every item id must be unique within its framework; rename or delete one.");
                }
                if (item.parent() != null && catalog.item(framework.id(), item.parent()).isEmpty()) {
                    add(item.source(), "item '" + item.id() + "' names parent '" + item.parent()
                            + "', which is not an item of '" + framework.id() + "'.",
                            "Use the id of an item above it.");
                }
            }
        }
    }

    private void controls() {
        Map<String, Control> seen = new HashMap<>();
        for (Control control : catalog.controls()) {
            Control earlier = seen.putIfAbsent(control.id(), control);
            if (earlier != null) {
                add(control.source(), "duplicate control id '" + control.id() + "', first defined at "
                        + earlier.source() + ".", "Rename one, or use a mappings file to add mappings to it.");
            }
            if (!CONTROL_ID.matcher(control.id()).matches()) {
                add(control.source(), "control id '" + control.id() + "' is malformed: expected a prefix of capital"
                        + " letters, a hyphen and two or three digits.", "Write it like ACT-07 or ISO-101.");
            }
            Set<String> targets = new HashSet<>();
            for (Mapping mapping : control.mappings()) {
                if (!targets.add(mapping.target())) {
                    add(mapping.source(), "control " + control.id() + " maps to " + mapping.target() + " twice.",
                            "Keep one mapping per item, with the strongest honest relationship.");
                }
                target(mapping.source(), mapping.framework(), mapping.item(), "mapping of " + control.id());
                if (mapping.rationale() == null || mapping.rationale().isBlank()) {
                    add(mapping.source(), "mapping of " + control.id() + " to " + mapping.target()
                            + " has no rationale.", "Add 'rationale:' with one line saying why they relate.");
                }
                provenance(control, mapping);
                aiRmfParent(control, mapping);
            }
            int frameworks = control.frameworks().size();
            if (frameworks < MIN_FRAMEWORKS_PER_CONTROL) {
                add(control.source(), "control " + control.id() + " maps to " + frameworks + " framework"
                        + (frameworks == 1 ? "" : "s") + " " + control.frameworks() + "; at least "
                        + MIN_FRAMEWORKS_PER_CONTROL + " are required.",
                        "Map it to items of further frameworks (see 'trustmap catalog frameworks').");
            }
        }
    }

    /** The OSCAL 1.2 mapping fields an auditor reads next to the rationale. */
    private void provenance(Control control, Mapping mapping) {
        List<String> missing = new ArrayList<>();
        if (mapping.matching() == null) {
            missing.add("matching");
        }
        if (mapping.confidence() == null) {
            missing.add("confidence");
        }
        if (mapping.provenance() == null) {
            missing.add("provenance");
        }
        if (!missing.isEmpty()) {
            String last = missing.remove(missing.size() - 1);
            add(mapping.source(), "mapping of " + control.id() + " to " + mapping.target() + " has no "
                    + (missing.isEmpty() ? "" : String.join(", ", missing) + " or ") + last + ".",
                    "Add 'matching:' (syntactic, semantic or functional),"
                    + " 'confidence:' (high, medium or low) and 'provenance: {method: human, status: complete,"
                    + " reviewed: \"YYYY-MM-DD\"}', the fields of the OSCAL 1.2 control mapping model.");
        }
    }

    /**
     * An AI 600-1 suggested action belongs to an AI RMF subcategory; a control mapped to the action maps to the
     * subcategory too, or says why not.
     */
    private void aiRmfParent(Control control, Mapping mapping) {
        String parent = catalog.item(mapping.framework(), mapping.item())
                .map(item -> item.attributes().get("aiRmfSubcategory")).orElse(null);
        if (parent == null || mapping.parentNotMapped() != null) {
            return;
        }
        boolean mapped = control.mappings().stream()
                .anyMatch(m -> m.framework().equals(AI_RMF) && m.item().equals(parent));
        if (!mapped) {
            add(mapping.source(), "control " + control.id() + " maps to " + mapping.target() + " but not to "
                    + AI_RMF + ":" + parent + ", the AI RMF subcategory the action belongs to.",
                    "Map the control to " + parent + " as well, or add 'parentNotMapped:' saying why not.");
        }
    }

    private void notApplicable() {
        Set<String> seen = new HashSet<>();
        for (NotApplicable na : catalog.notApplicable()) {
            if (!seen.add(na.target())) {
                add(na.source(), na.target() + " is marked not applicable twice.", "Keep one entry.");
            }
            target(na.source(), na.framework(), na.item(), "not-applicable entry");
            if (na.reason() == null || na.reason().isBlank()) {
                add(na.source(), "not-applicable entry for " + na.target() + " has no reason.",
                        "Add 'reason:' with one line saying why no control addresses it.");
            }
            if (!catalog.mappingsTo(na.framework(), na.item()).isEmpty()) {
                add(na.source(), na.target() + " is marked not applicable but control "
                        + catalog.mappingsTo(na.framework(), na.item()).get(0).controlId() + " maps to it.",
                        "Remove the not-applicable entry or the mapping.");
            }
        }
    }

    /** Checks that a framework item exists; when it does not, says whether it is a legacy or malformed form. */
    private void target(SourceRef source, String framework, String item, String what) {
        if (catalog.framework(framework).isEmpty()) {
            add(source, what + " names framework '" + framework + "', which does not exist.", "Use one of: "
                    + Nearest.among(framework, catalog.frameworks().stream().map(Framework::id).toList(), 3) + ".");
            return;
        }
        if (catalog.item(framework, item).isPresent()) {
            return;
        }
        IdResolver.Resolution resolution = resolver.resolve(framework + ":" + item);
        if (resolution.found()) {
            String real = String.join(", ", resolution.matches().stream().map(IdResolver.Match::id).toList());
            String kind = resolution.status() == IdResolver.Status.SUPERSEDED ? "a withdrawn (legacy) id"
                    : "not the official form";
            add(source, what + " targets " + framework + ":" + item + ", which is " + kind + ".",
                    "Write the official id: " + real + ".");
        } else if (resolution.status() == IdResolver.Status.WITHDRAWN) {
            add(source, what + " targets " + framework + ":" + item + ": " + resolution.note(),
                    "Map the control to a current item instead.");
        } else {
            add(source, what + " targets " + framework + ":" + item + ", which does not exist.",
                    "Nearest ids: " + String.join(", ", resolution.candidates().stream()
                            .map(IdResolver.Match::id).toList()) + ".");
        }
    }

    private void fullCoverage() {
        Coverage coverage = new Coverage(catalog);
        for (Framework framework : catalog.frameworks()) {
            if (!framework.requireFullCoverage()) {
                continue;
            }
            for (FrameworkItem item : framework.countedItems()) {
                if (coverage.status(item) == Coverage.ItemCoverage.UNMAPPED) {
                    add(item.source(), item.qualifiedId() + " (" + item.label() + ") is neither mapped by a control"
                            + " nor marked not applicable.", "Map a control to it, or add it under 'notApplicable:'"
                            + " with a reason.");
                }
            }
        }
    }

    private void add(SourceRef source, String message, String fix) {
        problems.add(new InputProblem(source.file(),
                source.line() > 0 ? "line " + source.line() + ", column " + source.column() : "", message, fix));
    }

    private List<InputProblem> sorted() {
        List<InputProblem> result = new ArrayList<>(problems);
        result.sort(Comparator.comparing(InputProblem::file).thenComparingInt(CatalogLint::line));
        return result;
    }

    private static int line(InputProblem problem) {
        String location = problem.location();
        if (location == null || !location.startsWith("line ")) {
            return 0;
        }
        int end = location.indexOf(',');
        return Integer.parseInt(location.substring(5, end < 0 ? location.length() : end));
    }
}
