package dev.trustmap.reports.model;

/**
 * What the report is about and what judged it, and how it looks.
 *
 * @param period the quarter the as-of instant falls in, e.g. {@code 2026-Q3}
 * @param methodology one paragraph: formulas and policy thresholds, for the footnote
 * @param accent the accent colour, {@code #rrggbb}
 * @param logo the organisation's logo as a {@code data:image/png;base64,...} URI, or null
 */
public record ReportMeta(String organisation, String period, String asOf, String catalogVersion,
        String catalogSha256, String policySha256, String trustmapVersion, String methodology, String accent,
        String logo) {
}
