package dev.trustmap.model.assessment;

/**
 * Another tool's check and trustmap's own check judged the same identity against the same control, and disagree.
 * Both judgements stand in the assessment; this says where they differ, so that the difference is looked into rather
 * than hidden.
 *
 * @param trustmap trustmap's own verdict from native evidence: {@code pass} or {@code fail}
 * @param tool the other tool's key, e.g. {@code prowler}
 * @param check the other tool's check id
 * @param toolVerdict the other tool's verdict: {@code pass} or {@code fail}
 * @param findingId the other tool's id of its finding, when it gives one
 */
public record Disagreement(String identity, String control, String trustmap, String tool, String check,
        String toolVerdict, String findingId) {
}
