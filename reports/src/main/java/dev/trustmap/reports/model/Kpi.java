package dev.trustmap.reports.model;

/**
 * A headline number.
 *
 * @param unit {@code percent}, {@code days} or {@code count}
 * @param previous the same KPI last quarter, when history is known; else null
 * @param better {@code up} or {@code down}: which direction is an improvement
 * @param backedBy which operator rows make it up (e.g. {@code identities where orphaned}), for auditors
 */
public record Kpi(String key, String label, Double value, String unit, Double previous, Double delta, String better,
        String backedBy) {
}
