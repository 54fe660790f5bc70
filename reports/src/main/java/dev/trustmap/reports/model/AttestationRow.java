package dev.trustmap.reports.model;

/** An attestation as used, with whether it has gone stale. */
public record AttestationRow(String control, String status, String attestedBy, String attestedOn, String validUntil,
        String evidence, boolean stale, boolean used) {
}
