package dev.trustmap.model.assessment;

/** One framework's items by status. */
public record FrameworkSummary(String framework, String name, int items, int met, int partial, int notMet,
        int notAssessed, int outOfScope) {
}
