package dev.trustmap.model.inventory;

import java.time.Instant;

/**
 * One result of another tool's check about an identity (a Prowler finding), kept as evidence with its source named.
 * Which trustmap controls it speaks to is catalog data, not part of the result.
 *
 * @param tool the tool's key, e.g. {@code prowler}
 * @param check the tool's check id, e.g. {@code iam_rotate_access_key_90_days}
 * @param verdict what the check said
 * @param findingId the tool's id of the finding, when it gives one
 * @param observedAt when the tool observed it; null when the export does not say reliably
 * @param message the tool's one-line explanation, if any
 * @param origin the file and location it was read from
 */
public record ExternalResult(String tool, String check, ToolVerdict verdict, String findingId, Instant observedAt,
        String message, Origin origin) {

    /** "Prowler iam_rotate_access_key_90_days: FAIL", for texts that name both judgements. */
    public String describe() {
        String name = tool.isEmpty() ? tool : Character.toUpperCase(tool.charAt(0)) + tool.substring(1);
        return name + " " + check + ": " + verdict.name();
    }
}
