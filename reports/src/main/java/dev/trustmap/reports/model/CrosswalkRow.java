package dev.trustmap.reports.model;

/** A failing (not met or partial) control and a framework item it maps to. */
public record CrosswalkRow(String control, String controlStatus, String framework, String item, String itemTitle,
        String relationship) {
}
