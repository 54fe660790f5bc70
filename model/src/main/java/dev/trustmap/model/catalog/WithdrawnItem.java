package dev.trustmap.model.catalog;

import java.util.List;

/**
 * An identifier an earlier edition used that the current edition withdrew (CSF 1.1 {@code PR.AC-4}), with the
 * current items that took its place. Not an item: it cannot be mapped or counted.
 */
public record WithdrawnItem(String framework, String id, String legacyId, String statement, List<String> successors) {

    public WithdrawnItem {
        successors = List.copyOf(successors);
    }
}
