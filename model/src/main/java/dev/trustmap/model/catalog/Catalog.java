package dev.trustmap.model.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded catalog: frameworks, controls with their mappings, items marked not applicable, and which controls
 * other tools' checks give evidence for, with lookups built once. Immutable.
 *
 * @see #digest() the SHA-256 of every file that went into it, so a report can say exactly which catalog judged it
 */
public final class Catalog {

    private final String version;
    private final String digest;
    private final List<Framework> frameworks;
    private final List<Control> controls;
    private final List<NotApplicable> notApplicable;
    private final List<CatalogReview> reviews;
    private final Map<String, Framework> frameworksById = new LinkedHashMap<>();
    private final Map<String, Map<String, FrameworkItem>> itemsByFramework = new LinkedHashMap<>();
    private final Map<String, Control> controlsById = new LinkedHashMap<>();
    private final Map<String, List<Mapping>> mappingsByTarget = new LinkedHashMap<>();
    private final Map<String, NotApplicable> notApplicableByTarget = new LinkedHashMap<>();
    private final List<ToolCheck> toolChecks;
    private final Map<String, ToolCheck> toolChecksByKey = new LinkedHashMap<>();

    public Catalog(String version, String digest, List<Framework> frameworks, List<Control> controls,
            List<NotApplicable> notApplicable) {
        this(version, digest, frameworks, controls, notApplicable, List.of());
    }

    public Catalog(String version, String digest, List<Framework> frameworks, List<Control> controls,
            List<NotApplicable> notApplicable, List<CatalogReview> reviews) {
        this(version, digest, frameworks, controls, notApplicable, reviews, List.of());
    }

    public Catalog(String version, String digest, List<Framework> frameworks, List<Control> controls,
            List<NotApplicable> notApplicable, List<CatalogReview> reviews, List<ToolCheck> toolChecks) {
        this.version = version;
        this.toolChecks = List.copyOf(toolChecks);
        this.toolChecks.forEach(t -> toolChecksByKey.putIfAbsent(t.key(), t));
        this.reviews = List.copyOf(reviews);
        this.digest = digest;
        this.frameworks = List.copyOf(frameworks);
        this.controls = List.copyOf(controls);
        this.notApplicable = List.copyOf(notApplicable);
        for (Framework framework : this.frameworks) {
            frameworksById.putIfAbsent(framework.id(), framework);
            Map<String, FrameworkItem> items = new LinkedHashMap<>();
            framework.items().forEach(item -> items.putIfAbsent(item.id(), item));
            itemsByFramework.putIfAbsent(framework.id(), items);
        }
        for (Control control : this.controls) {
            controlsById.putIfAbsent(control.id(), control);
            for (Mapping mapping : control.mappings()) {
                mappingsByTarget.computeIfAbsent(mapping.target(), k -> new ArrayList<>()).add(mapping);
            }
        }
        this.notApplicable.forEach(na -> notApplicableByTarget.putIfAbsent(na.target(), na));
    }

    public String version() {
        return version;
    }

    public String digest() {
        return digest;
    }

    public List<Framework> frameworks() {
        return frameworks;
    }

    public List<Control> controls() {
        return controls;
    }

    public List<NotApplicable> notApplicable() {
        return notApplicable;
    }

    /** The reviews of the mappings that the controls files record, oldest first. */
    public List<CatalogReview> reviews() {
        return reviews;
    }

    /** Which controls other tools' checks give evidence for, in catalog order. */
    public List<ToolCheck> toolChecks() {
        return toolChecks;
    }

    /** The controls a tool's check gives evidence for; empty when the catalog does not map the check. */
    public List<String> controlsOf(String tool, String check) {
        ToolCheck mapped = toolChecksByKey.get(tool + " " + check);
        return mapped == null ? List.of() : mapped.controls();
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworksById.get(id));
    }

    public Optional<Control> control(String id) {
        return Optional.ofNullable(controlsById.get(id));
    }

    public Optional<FrameworkItem> item(String framework, String itemId) {
        return Optional.ofNullable(itemsByFramework.getOrDefault(framework, Map.of()).get(itemId));
    }

    /** Mappings that point at the item, in catalog order. */
    public List<Mapping> mappingsTo(String framework, String itemId) {
        return Collections.unmodifiableList(mappingsByTarget.getOrDefault(framework + ":" + itemId, List.of()));
    }

    public Optional<NotApplicable> notApplicable(String framework, String itemId) {
        return Optional.ofNullable(notApplicableByTarget.get(framework + ":" + itemId));
    }

    /** Children of an item (items whose parent is it), in published order. */
    public List<FrameworkItem> children(String framework, String itemId) {
        return itemsByFramework.getOrDefault(framework, Map.of()).values().stream()
                .filter(item -> itemId.equals(item.parent()))
                .toList();
    }
}
