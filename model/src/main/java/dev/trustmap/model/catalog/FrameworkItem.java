package dev.trustmap.model.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node of a framework: a function, category, subcategory, layer, threat, risk or action. Ids are the
 * publisher's own, exactly as published.
 *
 * @param title the official title, or null where the publisher gives only a statement (CSF subcategories)
 * @param statement the published statement where it is ours to use (NIST), else null
 * @param summary trustmap's own one-line summary where the published text is not ours to copy (OWASP, CSA)
 * @param related qualified ids ({@code framework:item}) of items this one is linked to by its publisher
 * @param attributes further published facts (rank, AI actor tasks, ...) kept as text
 */
public record FrameworkItem(String framework, String id, String kind, String parent, String title,
        String statement, String summary, List<String> related, Map<String, String> attributes, SourceRef source) {

    public FrameworkItem {
        related = List.copyOf(related);
        // sorted by name, the same in every process (Map.copyOf iterates differently in each)
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** The qualified id, {@code framework:item}. */
    public String qualifiedId() {
        return framework + ":" + id;
    }

    /** The best short text to show: title, else statement, else summary. */
    public String label() {
        if (title != null) {
            return title;
        }
        return statement != null ? statement : summary == null ? "" : summary;
    }
}
