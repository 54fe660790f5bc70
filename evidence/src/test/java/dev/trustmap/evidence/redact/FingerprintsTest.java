package dev.trustmap.evidence.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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

    @AfterEach
    void noKey() {
        Fingerprints.useKey(null);
    }

    @Test
    void bareRedactedIsAMarkerWithoutFingerprint() {
        assertThat(Fingerprints.isRedactionMarker("REDACTED")).isTrue();
        assertThat(Fingerprints.carriedBy("REDACTED")).isNull();
        assertThat(Fingerprints.carriedBy("REDACTED:sha256:0123")).isNull();
        assertThat(Fingerprints.carriedBy("xREDACTED:sha256:0123456789abcdef")).isNull();
        assertThat(Fingerprints.carriedBy("REDACTED:hmac:0123456789abcdef")).isEqualTo("hmac:0123456789abcdef");
    }

    @Test
    void withoutAKeyARandomSecretGetsItsPlainDigest() {
        String secret = "ghp_8fK2mQ7xLp3Rt9Vb1Nc6Yw4Zs0Hd5Jg2Ua7E";

        assertThat(Fingerprints.ofSecret(secret)).isEqualTo("sha256:" + Fingerprints.sha256Hex(
                secret.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    @Test
    void withoutAKeyAGuessableSecretGetsNoFingerprintAtAll() {
        // an unsalted digest of a password is found from a dictionary in seconds: publish nothing instead
        assertThat(Fingerprints.ofSecret("Summer2024!")).isNull();
        assertThat(Fingerprints.ofSecret("correct horse battery staple")).isNull();
        assertThat(Fingerprints.ofSecret("hunter2")).isNull();
    }

    @Test
    void withAKeyEverySecretGetsAKeyedFingerprintThatTheKeyAloneReproduces() {
        byte[] key = new byte[32];
        key[0] = 7;
        Fingerprints.useKey(key);
        String weak = Fingerprints.ofSecret("hunter2");
        String strong = Fingerprints.ofSecret("ghp_8fK2mQ7xLp3Rt9Vb1Nc6Yw4Zs0Hd5Jg2Ua7E");

        assertThat(weak).matches("hmac:[0-9a-f]{16}");
        assertThat(strong).matches("hmac:[0-9a-f]{16}");
        // HMAC-SHA256 under the key: the digest of a guess without the key says nothing
        assertThat(weak).isNotEqualTo("sha256:" + Fingerprints.sha256Hex("hunter2".getBytes(StandardCharsets.UTF_8))
                .substring(0, 16));
        assertThat(Fingerprints.ofSecret("hunter2")).isEqualTo(weak);

        byte[] other = new byte[32];
        other[0] = 8;
        Fingerprints.useKey(other);
        assertThat(Fingerprints.ofSecret("hunter2")).isNotEqualTo(weak);
    }

    @Test
    void aKeyedFingerprintIsHmacSha256TruncatedTo64Bits() throws Exception {
        byte[] key = new byte[32];
        Fingerprints.useKey(key);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal("hunter2".getBytes(StandardCharsets.UTF_8)));

        assertThat(Fingerprints.ofSecret("hunter2")).isEqualTo("hmac:" + expected.substring(0, 16));
    }

    @Test
    void markerRefusesWhatIsNoFingerprint() {
        assertThatThrownBy(() -> Fingerprints.redactionMarker("secret-value", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret-value");
    }
}
