package dev.trustmap.model.catalog;

/**
 * One typed link from a control to a framework item, with the reason in one line and, as the OSCAL 1.2 control
 * mapping model records them, how it was matched, how confident the reviewer is, and its provenance. Those three
 * are null where a file leaves them out; lint reports that.
 *
 * @param parentNotMapped for a mapping to an AI 600-1 suggested action: why the control does not also map to the
 *     AI RMF subcategory the action belongs to (null when it does)
 */
public record Mapping(String controlId, String framework, String item, Relationship relationship, String rationale,
        Matching matching, Confidence confidence, MappingProvenance provenance, String parentNotMapped,
        SourceRef source) {

    /** The qualified target, {@code framework:item}. */
    public String target() {
        return framework + ":" + item;
    }
}
