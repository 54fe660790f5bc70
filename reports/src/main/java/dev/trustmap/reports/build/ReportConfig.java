package dev.trustmap.reports.build;

/**
 * What a user may set about their reports ({@code --config report.yaml}).
 *
 * @param logo a path to a PNG or SVG logo, or null
 * @param accent the accent colour as {@code #rrggbb}
 */
public record ReportConfig(String organisation, String logo, String accent) {

    public static ReportConfig defaults() {
        return new ReportConfig("Your organisation", null, "#1f4e79");
    }
}
