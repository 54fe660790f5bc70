package dev.trustmap.reports.model;

/** A framework item's status and the controls it was derived from. */
public record FrameworkItemRow(String framework, String item, String title, String status, String controls,
        String rule) {
}
