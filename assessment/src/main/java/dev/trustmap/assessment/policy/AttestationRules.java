package dev.trustmap.assessment.policy;

import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.Attestation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which attestation speaks for each control at the as-of date. Per control the newest (by {@code attestedOn}; on
 * the same date, the one later in the file) is used; it is stale when its {@code validUntil} is before the as-of
 * date (valid through that day). An attestation without {@code validUntil} is never stale: it is open-ended, and a
 * report should say so ({@link #openEnded}). Older attestations of the control are kept, with {@code used} false.
 */
public final class AttestationRules {

    private AttestationRules() {
    }

    /**
     * The attestations grouped by control, controls in order of their first appearance; within a control the used
     * one first, then the older ones newest first.
     */
    public static List<AppliedAttestation> apply(List<Attestation> all, LocalDate asOf) {
        Map<String, List<Integer>> byControl = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byControl.computeIfAbsent(all.get(i).controlId(), id -> new ArrayList<>()).add(i);
        }
        List<AppliedAttestation> applied = new ArrayList<>();
        for (List<Integer> indexes : byControl.values()) {
            List<Integer> newestFirst = new ArrayList<>(indexes);
            newestFirst.sort((a, b) -> {
                int byDate = byDate(all.get(b), all.get(a));
                return byDate != 0 ? byDate : Integer.compare(b, a);
            });
            for (int i = 0; i < newestFirst.size(); i++) {
                Attestation attestation = all.get(newestFirst.get(i));
                applied.add(new AppliedAttestation(attestation, stale(attestation, asOf), i == 0));
            }
        }
        return List.copyOf(applied);
    }

    /**
     * True when {@code later}, which comes after {@code earlier} in the files, speaks instead of it: it is dated the
     * same day or after (an undated attestation is older than any dated one).
     */
    public static boolean supersedes(Attestation later, Attestation earlier) {
        return byDate(later, earlier) >= 0;
    }

    private static int byDate(Attestation a, Attestation b) {
        LocalDate da = a.attestedOn();
        LocalDate db = b.attestedOn();
        return da == null || db == null ? Boolean.compare(db == null, da == null) : da.compareTo(db);
    }

    /** True when the attestation was valid only until a day before {@code asOf}. */
    public static boolean stale(Attestation attestation, LocalDate asOf) {
        return attestation.validUntil() != null && attestation.validUntil().isBefore(asOf);
    }

    /** True when the attestation gives no {@code validUntil}: never stale, but worth a line in the report. */
    public static boolean openEnded(Attestation attestation) {
        return attestation.validUntil() == null;
    }
}
