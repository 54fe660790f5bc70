package dev.trustmap.model.catalog;

/** A framework item deliberately left outside NHI governance, with the reason. */
public record NotApplicable(String framework, String item, String reason, SourceRef source) {

    public String target() {
        return framework + ":" + item;
    }
}
