package dev.trustmap.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.Attestation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttestationRulesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-09-30");

    private static Attestation attestation(String control, String status, String on, String until, int line) {
        return new Attestation(control, null, status, "carol@example.com", LocalDate.parse(on),
                until == null ? null : LocalDate.parse(until), null, null, "attestations.yaml line " + line);
    }

    @Test
    void newestPerControlIsUsedOlderOnesAreListed() {
        List<AppliedAttestation> applied = AttestationRules.apply(List.of(
                attestation("DLG-02", "partial", "2026-01-10", "2026-12-31", 1),
                attestation("ACT-05", "implemented", "2026-02-01", null, 2),
                attestation("DLG-02", "implemented", "2026-06-01", "2026-12-31", 3),
                attestation("DLG-02", "not_implemented", "2025-06-01", "2025-12-31", 4)), AS_OF);

        assertThat(applied).extracting(a -> a.attestation().source(), AppliedAttestation::used,
                AppliedAttestation::stale).containsExactly(
                        tuple("attestations.yaml line 3", true, false),
                        tuple("attestations.yaml line 1", false, false),
                        tuple("attestations.yaml line 4", false, true),
                        tuple("attestations.yaml line 2", true, false));
        assertThat(AttestationRules.openEnded(applied.get(3).attestation())).isTrue();
        assertThat(AttestationRules.openEnded(applied.get(0).attestation())).isFalse();
    }

    @Test
    void sameDateLaterInTheFileWins() {
        List<AppliedAttestation> applied = AttestationRules.apply(List.of(
                attestation("DLG-02", "partial", "2026-06-01", "2026-12-31", 1),
                attestation("DLG-02", "implemented", "2026-06-01", "2026-12-31", 2)), AS_OF);

        assertThat(applied).extracting(a -> a.attestation().status(), AppliedAttestation::used)
                .containsExactly(tuple("implemented", true), tuple("partial", false));
    }

    @Test
    void validThroughTheAsOfDateStaleTheDayAfter() {
        assertThat(AttestationRules.apply(List.of(attestation("DLG-02", "implemented", "2026-01-01", "2026-09-30",
                1)), AS_OF)).singleElement().satisfies(a -> assertThat(a.stale()).isFalse());
        assertThat(AttestationRules.apply(List.of(attestation("DLG-02", "implemented", "2026-01-01", "2026-09-29",
                1)), AS_OF)).singleElement().satisfies(a -> {
                    assertThat(a.stale()).isTrue();
                    assertThat(a.used()).isTrue();
                });
        assertThat(AttestationRules.apply(List.of(), AS_OF)).isEmpty();
    }
}
