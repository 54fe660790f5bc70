package dev.trustmap.evidence.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * List pages saved as the elements of one JSON array ({@code [{"data": [...], "has_more": true}, {...}]}), as a
 * script that collects every page before writing them does: each page's records and envelope are passed on as if the
 * page stood alone. Pages saved back to back, or one page, reach the listener through {@link JsonRecords} itself.
 */
public final class ListPages implements JsonRecords.Listener {

    private final String wrapper;
    private final JsonRecords.Listener pages;

    /**
     * @param wrapper the member of a page that holds its records ({@code data})
     * @param pages receives the records and envelopes
     */
    public ListPages(String wrapper, JsonRecords.Listener pages) {
        this.wrapper = wrapper;
        this.pages = pages;
    }

    @Override
    public void record(JsonNode node, JsonRecords.At at) {
        JsonNode records = node.get(wrapper);
        if (!node.isObject() || records == null || !records.isArray()) {
            pages.record(node, at);
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            pages.record(records.get(i), at.child("/" + wrapper + "/" + i));
        }
        ObjectNode members = ((ObjectNode) node).deepCopy();
        members.remove(wrapper);
        pages.envelope(members, at);
    }

    @Override
    public void envelope(ObjectNode members, JsonRecords.At at) {
        pages.envelope(members, at);
    }
}
