package dev.trustmap.sample;

/** One row of the identity-owner sheet, as written; null cells stay empty. */
record OwnerRow(String identityId, String technicalOwner, String businessOwner, String purpose, String system,
        String environment, String actorClass, String decommissionOn) {
}
