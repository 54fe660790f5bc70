package dev.trustmap.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fingerprints of secrets, and the redaction markers that stand for them in redacted copies. */
class FingerprintsTest {

    @Test
    void markerStandsForTheSecretItReplaced() {
        String fingerprint = Fingerprints.ofSecret("hvs.CANARYtoken0000000000001");
        String marker = Fingerprints.redactionMarker(fingerprint, List.of("AKIAIOSFODNN7EXAMPLE"));

        assertThat(marker).isEqualTo("REDACTED:" + fingerprint + ":AKIAIOSFODNN7EXAMPLE");
        assertThat(Fingerprints.ofSecret(marker)).isEqualTo(fingerprint);
        assertThat(Fingerprints.carriedBy(marker)).isEqualTo(fingerprint);
        assertThat(Fingerprints.isRedactionMarker(marker)).isTrue();
    }

    @Test
    void bareRedactedIsAMarkerWithoutFingerprintAndFingerprintsAsBefore() {
        assertThat(Fingerprints.isRedactionMarker("REDACTED")).isTrue();
        assertThat(Fingerprints.carriedBy("REDACTED")).isNull();
        assertThat(Fingerprints.ofSecret("REDACTED")).isEqualTo("sha256:" + Fingerprints.sha256Hex(
                "REDACTED".getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        assertThat(Fingerprints.carriedBy("REDACTED:sha256:0123")).isNull();
        assertThat(Fingerprints.carriedBy("xREDACTED:sha256:0123456789abcdef")).isNull();
    }

    @Test
    void markerRefusesWhatIsNoFingerprint() {
        assertThatThrownBy(() -> Fingerprints.redactionMarker("secret-value", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret-value");
    }
}
