package dev.trustmap.mappings;

import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of each framework the catalog reaches, derived from the mappings, never asserted by hand.
 *
 * <p>A counted item is <em>mapped</em> when a control maps to it, or to an item below it (a MAESTRO layer through
 * one of its threats), with any relationship but {@code no-relationship}; <em>not applicable</em> when the catalog
 * marks it so; otherwise <em>unmapped</em>. Percent is mapped / (items - not applicable).
 */
public final class Coverage {

    /** How one item stands. */
    public enum ItemCoverage {
        MAPPED,
        NOT_APPLICABLE,
        UNMAPPED;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One framework's figures. */
    public record FrameworkCoverage(String framework, String name, String version, List<String> countedKinds,
            int items, int mapped, int notApplicable, int unmapped, double percent) {
    }

    private final Catalog catalog;

    public Coverage(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<FrameworkCoverage> all() {
        return catalog.frameworks().stream().map(this::of).toList();
    }

    public FrameworkCoverage of(Framework framework) {
        int mapped = 0;
        int notApplicable = 0;
        int unmapped = 0;
        List<FrameworkItem> counted = framework.countedItems();
        for (FrameworkItem item : counted) {
            switch (status(item)) {
                case MAPPED -> mapped++;
                case NOT_APPLICABLE -> notApplicable++;
                case UNMAPPED -> unmapped++;
            }
        }
        int inScope = counted.size() - notApplicable;
        double percent = inScope == 0 ? 0.0 : Math.round(1000.0 * mapped / inScope) / 10.0;
        return new FrameworkCoverage(framework.id(), framework.name(), framework.version(), framework.countedKinds(),
                counted.size(), mapped, notApplicable, unmapped, percent);
    }

    /** Mapped wins over not applicable, which lint reports as a contradiction anyway. */
    public ItemCoverage status(FrameworkItem item) {
        if (!reachingMappings(item).isEmpty()) {
            return ItemCoverage.MAPPED;
        }
        return catalog.notApplicable(item.framework(), item.id()).isPresent()
                ? ItemCoverage.NOT_APPLICABLE : ItemCoverage.UNMAPPED;
    }

    /** The mappings onto the item and onto every item below it, excluding {@code no-relationship}. */
    public List<Mapping> reachingMappings(FrameworkItem item) {
        List<Mapping> result = new ArrayList<>();
        collect(item, result);
        return result;
    }

    private void collect(FrameworkItem item, List<Mapping> into) {
        catalog.mappingsTo(item.framework(), item.id()).stream()
                .filter(m -> m.relationship() != Relationship.NO_RELATIONSHIP)
                .forEach(into::add);
        catalog.children(item.framework(), item.id()).forEach(child -> collect(child, into));
    }
}
