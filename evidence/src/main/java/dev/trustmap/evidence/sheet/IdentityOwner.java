package dev.trustmap.evidence.sheet;

/**
 * One row of the identity-owner sheet, as written (dates as text; Excel dates as {@code 2026-03-31}). Non-empty
 * values override what the importers found or inferred.
 */
public record IdentityOwner(String identityId, String technicalOwner, String businessOwner, String purpose,
        String system, String environment, String actorClass, String decommissionOn, SheetOrigin origin) {
}
