package dev.trustmap.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.policy.PolicyKey;
import org.junit.jupiter.api.Test;

/** Each threshold names the control it drives: a control of the catalog, and said in the policy trustmap writes. */
class PolicyKeyTest {

    @Test
    void everyThresholdDrivesAControlOfTheCatalog() {
        Catalog catalog = CatalogLoader.bundled();

        for (PolicyKey key : PolicyKey.values()) {
            assertThat(catalog.control(key.control())).as(key.key()).isPresent();
            assertThat(key.meaning()).as(key.key()).isNotBlank();
        }
    }

    @Test
    void theWrittenPolicySaysWhichControlEachLimitDrives() {
        String yaml = PolicyWriter.yaml(PolicyReader.defaults());

        assertThat(yaml).contains("static-secret-max-age-days: ", "# LFC-01: rotate a static secret within this many"
                + " days", "# RVK-03: reassign or revoke after the owner leaves");
    }
}
