package dev.trustmap.reports.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * OSCAL uuids that tools downstream track across documents, pinned to literal values (computed independently with
 * Python's {@code uuid.uuid5}): changing the namespace or how names are joined must fail the build.
 */
class OscalIdsTest {

    @Test
    void anObservationKeepsItsUuidForItsPeriodAndControl() {
        assertThat(OscalIds.observation("2026-Q3", "LFC-01")).isEqualTo("8c483300-a55e-52c5-8ece-b7b1f7d0fee4");
    }

    @Test
    void aFrameworkItemFindingKeepsItsUuid() {
        assertThat(OscalIds.finding("2026-Q3", "nist-csf-2.0", "PR.AA-05"))
                .isEqualTo("cf3acaef-910f-579f-ba2e-6357b77ed4c2");
    }

    @Test
    void aPartyIsTheSamePersonWhateverTheCase() {
        assertThat(OscalIds.party(" Alice@Example.com ")).isEqualTo("684f9214-a971-5830-aadf-bed6ef33cca9");
    }

    @Test
    void thePlatformUuidNeverChanges() {
        assertThat(OscalIds.platform()).isEqualTo("739b2626-efbe-5e5b-8599-d1a1eecc99bd");
    }
}
