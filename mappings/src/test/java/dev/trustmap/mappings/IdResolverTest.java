package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.mappings.IdResolver.Basis;
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
        "ASI03:2026, owasp-agentic-top10-2026, ASI03",
        "asi-03, owasp-agentic-top10-2026, ASI03",
        "asi10, owasp-agentic-top10-2026, ASI10",
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

    @Test
    void everyAnswerSaysOnWhatBasisItIsGiven() {
        assertThat(resolver.resolve("PR.AA-05").matches()).extracting(Match::basis).containsExactly(Basis.EXACT);
        assertThat(resolver.resolve("NHI-03").matches()).extracting(Match::basis).containsExactly(Basis.ALIAS);
        assertThat(resolver.resolve("PR.AC-4").matches()).extracting(Match::basis).containsExactly(Basis.SUCCESSOR);
        assertThat(resolver.resolve("GOV-02").candidates()).extracting(Match::basis).containsOnly(Basis.CANDIDATE);
    }

    @Test
    void maestroHasNoMIdsSoM4IsNotFoundWithL4AsTheNearestCandidate() {
        Resolution resolution = resolver.resolve("M4");
        assertThat(resolution.status()).isEqualTo(Status.NOT_FOUND);
        assertThat(resolution.found()).isFalse();
        assertThat(resolution.matches()).isEmpty();
        assertThat(resolution.candidates().get(0)).satisfies(c -> {
            assertThat(c.qualifiedId()).isEqualTo("csa-maestro:L4");
            assertThat(c.basis()).isEqualTo(Basis.CANDIDATE);
            assertThat(c.via()).contains("only a guess").contains("MAESTRO has no M ids");
        });
        assertThat(resolution.note()).contains("guesses only");
        assertThat(resolver.resolve("Layer 4").matches()).extracting(Match::qualifiedId)
                .containsExactly("csa-maestro:L4");
    }

    @Test
    void owaspTop10IdBelongsToAFrameworkTrustmapDoesNotCarry() {
        Resolution resolution = resolver.resolve("A01:2025");
        assertThat(resolution.status()).isEqualTo(Status.FOREIGN);
        assertThat(resolution.found()).isFalse();
        assertThat(resolution.note()).isEqualTo("A01:2025 is an id of OWASP Top 10:2025, a framework trustmap does"
                + " not carry; the candidates are guesses only.");
        assertThat(resolution.candidates()).singleElement().satisfies(c -> {
            assertThat(c.qualifiedId()).isEqualTo("owasp-agentic-top10-2026:ASI01");
            assertThat(c.basis()).isEqualTo(Basis.CANDIDATE);
        });
        assertThat(resolver.resolve("A10:2021").note()).startsWith("A10:2021 is an id of OWASP Top 10:2021,");
    }

    @ParameterizedTest(name = "{0} is only a guess at {1}")
    @CsvSource({"AAI-3, ASI03", "AAI003, ASI03", "AAI10, ASI10", "A-03, ASI03", "A03, ASI03"})
    void otherNumberingsOfTheAgenticRisksAreGuessesNeverAnswers(String query, String candidate) {
        Resolution resolution = resolver.resolve(query);
        assertThat(resolution.status()).isEqualTo(Status.NOT_FOUND);
        assertThat(resolution.matches()).isEmpty();
        assertThat(resolution.candidates().get(0)).satisfies(c -> {
            assertThat(c.qualifiedId()).isEqualTo("owasp-agentic-top10-2026:" + candidate);
            assertThat(c.basis()).isEqualTo(Basis.CANDIDATE);
            assertThat(c.via()).contains("only a guess");
        });
    }

    @Test
    void csf11IdWithdrawnWithoutSuccessorSaysSo() {
        Resolution resolution = resolver.resolve("RC.CO-2");
        assertThat(resolution.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(resolution.found()).isFalse();
        assertThat(resolution.matches()).isEmpty();
        assertThat(resolution.note()).isEqualTo("RC.CO-2 was withdrawn in NIST Cybersecurity Framework 2.0 and has no"
                + " successor.");
    }
}
