package dev.trustmap.assessment.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.vocabulary.EvidenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks against the catalog itself: every control whose evidence an export can show has exactly one check,
 * and no check judges a control the catalog does not have or says is attested only. A control added to the
 * catalog as automated without its check, or a check left behind by a removed control, fails here.
 */
class ChecksTest {

    @Test
    void everyAutomatedControlOfTheCatalogHasExactlyOneCheck() {
        List<String> automated = CatalogLoader.bundled().controls().stream()
                .filter(c -> c.evidence() == EvidenceKind.AUTOMATED
                        || c.evidence() == EvidenceKind.AUTOMATED_AND_ATTESTATION)
                .map(Control::id).sorted().toList();

        assertThat(Checks.all()).extracting(Check::controlId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(automated);
    }

    @Test
    void checksRunInTheCatalogsDomainOrder() {
        // the engine and every report list controls in this order
        assertThat(Checks.all()).extracting(Check::controlId).startsWith("ACT-01").endsWith("RVK-06");
    }

    @Test
    void onlyTheOwnerReviewCheckReadsIdentityAttestations() {
        // the attestations reader accepts an identity_id for these controls only
        assertThat(Checks.readingIdentityAttestations()).containsExactly("ACT-07");
    }
}
