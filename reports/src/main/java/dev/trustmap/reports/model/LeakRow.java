package dev.trustmap.reports.model;

/** A leaked secret: where, when, what it is linked to. Never the secret. */
public record LeakRow(String id, String scanner, String rule, String location, String detectedAt, String identity,
        String credential, boolean open) {
}
