package dev.trustmap.reports.model;

/**
 * Another tool and trustmap judged the same identity against the same control and disagree; both judgements
 * stand, and this row says where they differ.
 *
 * @param trustmap trustmap's verdict from native evidence, {@code pass} or {@code fail}
 * @param tool the other tool, e.g. {@code prowler}
 * @param check the other tool's check id
 * @param toolVerdict the other tool's verdict
 * @param findingId the other tool's id of its finding, when it gives one
 */
public record DisagreementRow(String identity, String control, String controlTitle, String trustmap, String tool,
        String check, String toolVerdict, String findingId) {
}
