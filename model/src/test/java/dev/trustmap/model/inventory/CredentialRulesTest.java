package dev.trustmap.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialRulesTest {

    @Test
    void entrasAndOtherToolsFarDatesStandForNever() {
        assertThat(CredentialRules.neverExpires(Instant.parse("2299-12-31T00:00:00Z"))).isTrue();
        assertThat(CredentialRules.neverExpires(Instant.parse("9999-12-31T23:59:59Z"))).isTrue();
        assertThat(CredentialRules.neverExpires(Instant.parse("2298-12-31T23:59:59Z"))).isFalse();
        assertThat(CredentialRules.neverExpires(Instant.parse("2027-06-30T00:00:00Z"))).isFalse();
        assertThat(CredentialRules.neverExpires(null)).as("no expiry is not a sentinel date").isFalse();
    }
}
