package dev.trustmap.reports.render.html;

/**
 * How much {@code operator.html} lists, so that the page never grows without bound.
 *
 * @param findingsCap past this many findings the page shows the grouped summary and only the first
 *     {@code rowsPerGroup} rows of each group, pointing to operator.xlsx and findings.csv for the rest
 * @param rowsPerGroup rows shown per owner and severity when the findings are capped
 * @param tableCap at most this many rows in any one table or list (findings shown when capped, identities,
 *     credentials, crosswalk, exceptions, attestations, leaks)
 */
public record HtmlLimits(int findingsCap, int rowsPerGroup, int tableCap) {

    /** Findings past which the operator page shows a capped list. */
    public static final int FINDINGS_CAP = 20_000;
    public static final int ROWS_PER_GROUP = 25;
    public static final int TABLE_CAP = 5_000;

    public static final HtmlLimits DEFAULT = new HtmlLimits(FINDINGS_CAP, ROWS_PER_GROUP, TABLE_CAP);

    public HtmlLimits {
        if (findingsCap < 0 || rowsPerGroup < 1 || tableCap < 1) {
            throw new IllegalArgumentException("limits must be positive: " + findingsCap + ", " + rowsPerGroup
                    + ", " + tableCap);
        }
    }
}
