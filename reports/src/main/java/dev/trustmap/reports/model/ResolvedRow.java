package dev.trustmap.reports.model;

/**
 * A finding of the quarter before that this quarter no longer has.
 *
 * @param firstSeen when the problem began (ISO instant)
 * @param resolvedIn the quarter it was seen to be gone, e.g. {@code 2026-Q4}
 * @param daysOpen from first seen to this quarter's as-of instant
 */
public record ResolvedRow(String id, String control, String controlTitle, String identity, String credential,
        String owner, String severity, String firstSeen, String resolvedIn, long daysOpen) {
}
