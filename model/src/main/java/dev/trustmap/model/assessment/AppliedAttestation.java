package dev.trustmap.model.assessment;

/** An attestation as used: the newest per control, stale when past {@code validUntil} at the as-of date. */
public record AppliedAttestation(Attestation attestation, boolean stale, boolean used) {
}
