package dev.trustmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Finding ids are how an auditor follows one problem from quarter to quarter: pinned here to literal values
 * (computed independently with Python's {@code uuid.uuid5}), so that a change of namespace, separator or name
 * layout fails the build instead of silently renaming every finding ever reported.
 */
class FindingIdsTest {

    @Test
    void aCredentialFindingKeepsItsPublishedId() {
        assertThat(FindingIds.of("LFC-01", "arn:aws:iam::731805147563:user/ci-deployer", "AKIAIOSFODNN7EXAMPLE"))
                .isEqualTo("c9d7dd05-8f15-57c3-bc1d-166b178fd3b3");
    }

    @Test
    void anIdentityFindingKeepsItsPublishedId() {
        assertThat(FindingIds.of("RVK-03", "svc-payments@acme-prod.iam.gserviceaccount.com", null))
                .isEqualTo("14ecb82d-32ea-5bfb-8e31-518abe4e90fb");
    }

    @Test
    void noCredentialAndAnEmptyCredentialAreTheSameFinding() {
        assertThat(FindingIds.of("ACT-01", "agent:invoice-triage", ""))
                .isEqualTo(FindingIds.of("ACT-01", "agent:invoice-triage", null))
                .isEqualTo("346ec523-0489-5194-bc5b-1a68d1ea7f99");
    }

    @Test
    void idsAreVersionFiveInTrustmapsNamespace() {
        assertThat(FindingIds.NAMESPACE).hasToString("6d1b7f3e-2a4c-5e8f-9b0d-7c3a1e5f2b94");
        assertThat(java.util.UUID.fromString(FindingIds.of("LFC-01", "a", "b")).version()).isEqualTo(5);
    }
}
