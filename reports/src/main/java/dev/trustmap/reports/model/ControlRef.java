package dev.trustmap.reports.model;

/** A control by id and title. */
public record ControlRef(String id, String title) {
}
