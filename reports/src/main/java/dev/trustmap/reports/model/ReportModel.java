package dev.trustmap.reports.model;

/**
 * Everything any report shows. Schema-versioned: written as the JSON report, read by every renderer.
 */
public record ReportModel(int schemaVersion, ReportMeta meta, BoardView board, OperatorView operator) {

    /** Bumped whenever a field changes meaning or is removed. */
    public static final int SCHEMA_VERSION = 1;
}
