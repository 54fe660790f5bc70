package dev.trustmap.review;

import java.util.List;

/**
 * One identity as a review shows it to its owner: the facts of the assessed quarter, its credentials and how many
 * of its findings are open and overdue.
 *
 * @param orphaned its technical owner has left
 */
public record Subject(String id, String name, String platform, String account, String environment, String system,
        String actorClass, String purpose, String technicalOwner, String businessOwner, boolean orphaned,
        List<CredentialFact> credentials, int openFindings, int overdueFindings) {

    /**
     * One credential of the identity.
     *
     * @param ageDays days since it was created or last rotated, at the quarter's as-of date; null when unknown
     * @param lastUsed the day it was last used, {@code YYYY-MM-DD}; null when not recorded
     * @param expires the day it expires, {@code YYYY-MM-DD}; null when it does not
     */
    public record CredentialFact(String id, String kind, boolean active, Integer ageDays, String lastUsed,
            String expires) {
    }
}
