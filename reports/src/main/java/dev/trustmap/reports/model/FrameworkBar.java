package dev.trustmap.reports.model;

/** A framework's in-scope items by status, with shares of the in-scope items in percent for the compact bar. */
public record FrameworkBar(String framework, String name, int items, int inScope, int met, int partial, int notMet,
        int notAssessed, int outOfScope, double metPercent, double partialPercent, double notMetPercent,
        double notAssessedPercent) {
}
