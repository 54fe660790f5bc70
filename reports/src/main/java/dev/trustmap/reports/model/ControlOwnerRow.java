package dev.trustmap.reports.model;

/** A control and the person who answers for it (from the owners workbook), or null when nobody does. */
public record ControlOwnerRow(String control, String domain, String title, String status, String owner) {
}
