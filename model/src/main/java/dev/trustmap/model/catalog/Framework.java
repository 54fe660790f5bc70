package dev.trustmap.model.catalog;

import java.util.List;
import java.util.Set;

/**
 * A framework with every item it publishes, in published order.
 *
 * @param countedKinds the item kinds that count as the framework's items in coverage (CSF: subcategory)
 * @param requireFullCoverage when true, lint requires every counted item to be mapped or marked not applicable
 */
public record Framework(String id, String name, String version, String publisher, String url, String licence,
        String note, List<String> countedKinds, boolean requireFullCoverage, List<IdAlias> aliases,
        List<FrameworkItem> items, List<WithdrawnItem> withdrawn, SourceRef source) {

    public Framework {
        countedKinds = List.copyOf(countedKinds);
        aliases = List.copyOf(aliases);
        items = List.copyOf(items);
        withdrawn = List.copyOf(withdrawn);
    }

    /** The items whose kind is counted in coverage, in published order. */
    public List<FrameworkItem> countedItems() {
        Set<String> kinds = Set.copyOf(countedKinds);
        return items.stream().filter(item -> kinds.contains(item.kind())).toList();
    }
}
