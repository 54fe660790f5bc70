package dev.trustmap.model.catalog;

/** One typed link from a control to a framework item, with the reason in one line. */
public record Mapping(String controlId, String framework, String item, Relationship relationship, String rationale,
        SourceRef source) {

    /** The qualified target, {@code framework:item}. */
    public String target() {
        return framework + ":" + item;
    }
}
