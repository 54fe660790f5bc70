package dev.trustmap.reports.model;

/** A control's result with its catalog facts. */
public record ControlRow(String id, String domain, String title, String evidence, String severity, String status,
        int population, int passed, int failed, int accepted, int notAssessed, double passRate, String basis,
        String owner, String reviewDue) {
}
