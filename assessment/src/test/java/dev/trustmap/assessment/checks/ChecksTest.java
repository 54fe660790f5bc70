package dev.trustmap.assessment.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void everyAutomatedControlHasExactlyOneCheck() {
        assertThat(Checks.all()).extracting(Check::controlId).containsExactly(
                "ACT-01", "ACT-02", "ACT-03", "ACT-04", "ACT-06",
                "LFC-01", "LFC-02", "LFC-03", "LFC-04", "LFC-05", "LFC-06",
                "AXS-01", "AXS-02", "AXS-03", "AXS-05", "AXS-06",
                "DLG-01", "DLG-02", "DLG-03", "DLG-04", "DLG-05",
                "RVK-01", "RVK-02", "RVK-03", "RVK-04", "RVK-05", "RVK-06");
    }
}
