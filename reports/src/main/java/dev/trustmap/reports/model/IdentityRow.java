package dev.trustmap.reports.model;

/** An identity with what the reports show of it; {@code openFindings} counts its open findings. */
public record IdentityRow(String id, String name, String platform, String account, String actorClass, String lane,
        String environment, String system, String status, String technicalOwner, String businessOwner,
        String purpose, Boolean privileged, int credentials, int openFindings, boolean unowned, boolean orphaned) {
}
