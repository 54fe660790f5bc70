package dev.trustmap.reports.build;

import java.util.regex.Pattern;

/**
 * What a user sets about their reports ({@code --config report.yaml}): the organisation named on every page, its
 * logo and the accent colour.
 *
 * @param logo a {@code data:} URI of a PNG or JPEG image, or null
 * @param accent {@code #rrggbb}
 */
public record ReportConfig(String organisation, String logo, String accent) {

    /** Only a plain hex colour: it is written into the pages' style sheet. */
    public static final Pattern ACCENT = Pattern.compile("^#[0-9a-fA-F]{6}$");

    public ReportConfig {
        if (!ACCENT.matcher(accent).matches()) {
            throw new IllegalArgumentException("accent must be #rrggbb: " + accent);
        }
        if (logo != null && !logo.startsWith("data:image/png;base64,") && !logo.startsWith("data:image/jpeg;base64,")) {
            throw new IllegalArgumentException("logo must be a PNG or JPEG data URI");
        }
    }

    public static ReportConfig defaults() {
        return new ReportConfig("Your organisation", null, "#1f4e79");
    }
}
