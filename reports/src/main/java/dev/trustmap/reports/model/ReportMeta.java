package dev.trustmap.reports.model;

/**
 * What the report is about and what judged it.
 *
 * @param period the quarter the as-of instant falls in, e.g. {@code 2026-Q3}
 * @param methodology one paragraph: formulas and policy thresholds, for the footnote
 */
public record ReportMeta(String organisation, String period, String asOf, String catalogVersion,
        String catalogSha256, String policySha256, String trustmapVersion, String methodology) {
}
