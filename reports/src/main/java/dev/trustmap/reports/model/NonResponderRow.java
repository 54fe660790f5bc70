package dev.trustmap.reports.model;

/** An owner who returned nothing in the owner review, and how many identities were left unanswered with them. */
public record NonResponderRow(String recipient, int identities) {
}
