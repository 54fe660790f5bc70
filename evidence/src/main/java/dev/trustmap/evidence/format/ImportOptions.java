package dev.trustmap.evidence.format;

import java.time.Instant;

/**
 * How an import runs.
 *
 * @param asOf the instant the inventory describes; importers never read the clock
 * @param skipBadRows when true, a bad row is skipped and listed as a warning; when false, it fails the import
 */
public record ImportOptions(Instant asOf, boolean skipBadRows) {
}
