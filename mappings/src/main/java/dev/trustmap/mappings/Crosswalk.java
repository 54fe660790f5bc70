package dev.trustmap.mappings;

import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.Relationship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A crosswalk between two frameworks, derived through the controls: item A of one framework and item B of the
 * other are linked when one control maps to both. Each row keeps both relationships it passed through, so a
 * reader can tell an {@code equal}-to-{@code equal} link from a weak {@code intersects-with} one.
 */
public final class Crosswalk {

    /** One link: {@code fromItem <-relationshipFrom- control -relationshipTo-> toItem}. */
    public record Row(String fromItem, String control, Relationship relationshipFrom, Relationship relationshipTo,
            String toItem) {
    }

    private Crosswalk() {
    }

    /**
     * Every link from framework {@code from} to framework {@code to}, ordered by the published order of the
     * from-item, then control, then the published order of the to-item.
     */
    public static List<Row> between(Catalog catalog, Framework from, Framework to) {
        Map<String, Integer> fromOrder = order(from);
        Map<String, Integer> toOrder = order(to);
        List<Row> rows = new ArrayList<>();
        for (Control control : catalog.controls()) {
            List<Mapping> fromMappings = relevant(control, from.id());
            List<Mapping> toMappings = relevant(control, to.id());
            for (Mapping a : fromMappings) {
                for (Mapping b : toMappings) {
                    if (!(a.framework().equals(b.framework()) && a.item().equals(b.item()))) {
                        rows.add(new Row(a.item(), control.id(), a.relationship(), b.relationship(), b.item()));
                    }
                }
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> fromOrder.getOrDefault(r.fromItem(), Integer.MAX_VALUE))
                .thenComparing(Row::control)
                .thenComparingInt(r -> toOrder.getOrDefault(r.toItem(), Integer.MAX_VALUE)));
        return rows;
    }

    private static List<Mapping> relevant(Control control, String framework) {
        return control.mappings().stream()
                .filter(m -> m.framework().equals(framework) && m.relationship() != Relationship.NO_RELATIONSHIP)
                .toList();
    }

    private static Map<String, Integer> order(Framework framework) {
        Map<String, Integer> order = new HashMap<>();
        List<FrameworkItem> items = framework.items();
        for (int i = 0; i < items.size(); i++) {
            order.putIfAbsent(items.get(i).id(), i);
        }
        return order;
    }
}
