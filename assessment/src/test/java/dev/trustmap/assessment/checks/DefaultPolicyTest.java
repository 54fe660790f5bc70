package dev.trustmap.assessment.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.policy.Policy;
import org.junit.jupiter.api.Test;

class DefaultPolicyTest {

    @Test
    void bundledDefaultsAreTheDocumentedOnes() {
        Policy bundled = CheckTestSupport.defaultPolicy();
        Policy documented = CheckTestSupport.documentedDefaults();
        assertThat(bundled.defaults()).isEqualTo(documented.defaults());
        assertThat(bundled.overrides()).isEqualTo(documented.overrides());
        assertThat(bundled.deadlineDays()).isEqualTo(documented.deadlineDays());
        assertThat(bundled.partialPassRatePercent()).isEqualTo(documented.partialPassRatePercent());
    }
}
