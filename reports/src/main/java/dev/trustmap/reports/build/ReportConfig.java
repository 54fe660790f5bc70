package dev.trustmap.reports.build;

/**
 * What a user sets about their reports ({@code --config report.yaml}): the organisation named on every page.
 */
public record ReportConfig(String organisation) {

    public static ReportConfig defaults() {
        return new ReportConfig("Your organisation");
    }
}
