package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.mappings.IdResolver.Match;
import dev.trustmap.mappings.IdResolver.Resolution;
import dev.trustmap.mappings.IdResolver.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdResolverTest {

    private final IdResolver resolver = new IdResolver(CatalogLoader.bundled());

    @ParameterizedTest(name = "{0} -> {1}:{2}")
    @CsvSource({
        "NHI-03, owasp-nhi-top10-2025, NHI3:2025",
        "NHI03, owasp-nhi-top10-2025, NHI3:2025",
        "nhi3, owasp-nhi-top10-2025, NHI3:2025",
        "NHI10, owasp-nhi-top10-2025, NHI10:2025",
        "A-03, owasp-agentic-top10-2026, ASI03",
        "A03, owasp-agentic-top10-2026, ASI03",
        "ASI03:2026, owasp-agentic-top10-2026, ASI03",
        "asi-03, owasp-agentic-top10-2026, ASI03",
        "asi10, owasp-agentic-top10-2026, ASI10",
        "M4, csa-maestro, L4",
        "Layer 4, csa-maestro, L4",
        "pr.aa-5, nist-csf-2.0, PR.AA-05",
        "govern 1.1, nist-ai-rmf-1.0, GOVERN 1.1",
        "GV-6.1, nist-ai-rmf-1.0, GOVERN 6.1",
        "gv-1.1-1, nist-ai-600-1, GV-1.1-001",
        "Confabulation, nist-ai-600-1, confabulation",
        "Secret Leakage, owasp-nhi-top10-2025, NHI2:2025",
    })
    void resolvesHowPeopleWriteIdsToTheOfficialOne(String query, String framework, String id) {
        Resolution resolution = resolver.resolve(query);
        assertThat(resolution.status()).isIn(Status.ALIAS, Status.EXACT);
        assertThat(resolution.matches()).extracting(Match::qualifiedId).containsExactly(framework + ":" + id);
    }

    @Test
    void officialIdIsExact() {
        Resolution resolution = resolver.resolve("PR.AA-05");
        assertThat(resolution.status()).isEqualTo(Status.EXACT);
        assertThat(resolution.matches()).singleElement().satisfies(m -> {
            assertThat(m.framework()).isEqualTo("nist-csf-2.0");
            assertThat(m.title()).startsWith("Access permissions, entitlements, and authorizations");
        });
    }

    @Test
    void csf11IdResolvesToItsCsf20Successor() {
        Resolution resolution = resolver.resolve("PR.AC-4");
        assertThat(resolution.status()).isEqualTo(Status.SUPERSEDED);
        assertThat(resolution.matches()).extracting(Match::id).containsExactly("PR.AA-05");
        assertThat(resolution.matches().get(0).via()).isEqualTo("successor of withdrawn PR.AC-4");
    }

    @Test
    void csf11IdWithSeveralSuccessorsListsThemAll() {
        assertThat(resolver.resolve("PR.AC-1").matches()).extracting(Match::id)
                .containsExactly("PR.AA-01", "PR.AA-05");
    }

    @Test
    void qualifiedIdIsLimitedToItsFramework() {
        assertThat(resolver.resolve("nist-csf-2.0:PR.AC-4").matches()).extracting(Match::qualifiedId)
                .containsExactly("nist-csf-2.0:PR.AA-05");
        assertThat(resolver.resolve("csa-maestro:NHI3").found()).isFalse();
    }

    @Test
    void controlIdsResolveToo() {
        Resolution resolution = resolver.resolve("lfc-01");
        assertThat(resolution.matches()).extracting(Match::qualifiedId).containsExactly("control:LFC-01");
    }

    @Test
    void idThatExistsNowhereIsNotFoundWithNearestCandidates() {
        Resolution resolution = resolver.resolve("GOV-02");
        assertThat(resolution.status()).isEqualTo(Status.NOT_FOUND);
        assertThat(resolution.matches()).isEmpty();
        assertThat(resolution.candidates()).hasSize(5);
        assertThat(resolution.candidates()).extracting(Match::id).contains("GV.OC-02");
    }
}
