package dev.trustmap.reports.render.html;

/**
 * How much {@code operator.html} lists, so that the page stays small enough to open and filter at any estate size;
 * what is left off is in findings.csv, identities.csv, credentials.csv and operator.xlsx, and the page says so.
 *
 * @param findingRows findings listed, chosen by triage (every open critical, overdue and unowned finding first)
 * @param ownerRows owners in the owner summary, the busiest first
 * @param tableCap at most this many rows in any other table or list (identities, credentials, crosswalk,
 *     exceptions, attestations, leaks, resolved findings)
 */
public record HtmlLimits(int findingRows, int ownerRows, int tableCap) {

    public static final int FINDING_ROWS = 1_000;
    public static final int OWNER_ROWS = 25;
    public static final int TABLE_CAP = 500;

    public static final HtmlLimits DEFAULT = new HtmlLimits(FINDING_ROWS, OWNER_ROWS, TABLE_CAP);

    public HtmlLimits {
        if (findingRows < 1 || ownerRows < 1 || tableCap < 1) {
            throw new IllegalArgumentException("limits must be positive: " + findingRows + ", " + ownerRows
                    + ", " + tableCap);
        }
    }
}
