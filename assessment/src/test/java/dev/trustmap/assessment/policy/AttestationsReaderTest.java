package dev.trustmap.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttestationsReaderTest {

    private static List<Attestation> read(String file, String content) {
        return AttestationsReader.read(file, content.getBytes(StandardCharsets.UTF_8),
                new CatalogControls(CatalogLoader.bundled()), Set.of("ACT-07"));
    }

    private static List<InputProblem> problems(String file, String content) {
        try {
            read(file, content);
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in:\n" + content);
    }

    @Test
    void yamlUnderAttestationsKey() {
        List<Attestation> attestations = read("attestations.yaml", """
                kind: attestations
                attestations:
                  - control_id: DLG-02
                    status: Not-Implemented
                    attested_by: carol@example.com
                    attested_on: 2026-06-01
                    valid_until: 2026-12-01
                    evidence: https://wiki.example.com/dlg-02
                    notes: "Agents still share one key: fix planned"
                  - control_id: ACT-05
                    status: implemented
                    attested_by: dave@example.com
                    attested_on: 2026-07-15T09:30:00+02:00
                """);

        assertThat(attestations).containsExactly(
                new Attestation("DLG-02", null, "not_implemented", "carol@example.com", LocalDate.parse("2026-06-01"),
                        LocalDate.parse("2026-12-01"), "https://wiki.example.com/dlg-02",
                        "Agents still share one key: fix planned", "attestations.yaml line 3"),
                new Attestation("ACT-05", null, "implemented", "dave@example.com", LocalDate.parse("2026-07-15"), null,
                        null, null, "attestations.yaml line 10"));
    }

    @Test
    void csv() {
        List<Attestation> attestations = read("attestations.csv", """
                control_id,status,attested_by,attested_on,valid_until,evidence,notes
                DLG-02,partial,carol@example.com,2026-06-01,2026-12-01,"CAB-12, CAB-13",
                """);

        assertThat(attestations).containsExactly(new Attestation("DLG-02", null, "partial", "carol@example.com",
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-12-01"), "CAB-12, CAB-13", null,
                "attestations.csv line 2"));
    }

    @Test
    void yamlProblemsWithLineAndColumn() {
        List<InputProblem> problems = problems("attestations.yaml", """
                - control_id: DLG-2
                  status: done
                  attested_by: carol@example.com
                  attested_on: 2026-06-01
                  valid_until: 2026-05-01
                - control_id: ACT-01
                  status: partial
                  attested-by: dave@example.com
                  attested_on: yesterday
                """);

        assertThat(problems).extracting(InputProblem::location, InputProblem::message, InputProblem::fix)
                .containsExactly(
                        tuple("line 1, column 15", "control_id 'DLG-2' is not a control in the catalog.",
                                "Did you mean DLG-02?"),
                        tuple("line 2, column 11", "status 'done' is not one of implemented, partial, "
                                + "not_implemented.", null),
                        tuple("line 5, column 16", "valid_until 2026-05-01 is before attested_on 2026-06-01.",
                                "Check both dates."),
                        tuple("line 6, column 3", "attested_by is missing.",
                                "Write the email of the person who attests."),
                        tuple("line 8, column 3", "unknown key 'attested-by'.", "Did you mean 'attested_by'?"),
                        tuple("line 9, column 16", "attested_on 'yesterday' is not a date.",
                                "Write it as YYYY-MM-DD, e.g. 2026-12-31."));
    }

    @Test
    void csvProblemsWithLine() {
        List<InputProblem> problems = problems("attestations.csv", """
                control_id,status,attested_by,attested_on,owner
                DLG-02,implemented,,2026-06-01,x
                DLG-03,implemnted,carol@example.com,,x
                """);

        assertThat(problems).extracting(InputProblem::location, InputProblem::message).containsExactly(
                tuple("line 1", "unknown column 'owner'."),
                tuple("line 2", "attested_by is missing."),
                tuple("line 3", "status 'implemnted' is not one of implemented, partial, not_implemented."),
                tuple("line 3", "attested_on is missing."));
        assertThat(problems.get(2).fix()).isEqualTo("Did you mean 'implemented'?");
    }

    @Test
    void csvOfIdentityAttestationsAsAReviewWritesThem() {
        List<Attestation> attestations = read("attestations.csv", """
                control_id,identity_id,status,attested_by,attested_on,valid_until,evidence,notes
                ACT-07,svc-billing-etl,implemented,ana@example.com,2026-08-03,2026-09-30,review 2026-Q2: Review!N5,\
                still feeds the ledger
                ACT-05,,implemented,dave@example.com,2026-07-15,,,
                """);

        assertThat(attestations).containsExactly(
                new Attestation("ACT-07", "svc-billing-etl", "implemented", "ana@example.com",
                        LocalDate.parse("2026-08-03"), LocalDate.parse("2026-09-30"), "review 2026-Q2: Review!N5",
                        "still feeds the ledger", "attestations.csv line 2"),
                new Attestation("ACT-05", null, "implemented", "dave@example.com", LocalDate.parse("2026-07-15"),
                        null, null, null, "attestations.csv line 3"));
        assertThat(attestations.get(0).identityScoped()).isTrue();
        assertThat(attestations.get(1).identityScoped()).isFalse();
    }

    @Test
    void yamlIdentityIdKey() {
        List<Attestation> attestations = read("attestations.yaml", """
                - control_id: ACT-07
                  identity_id: agent:invoice-bot
                  status: partial
                  attested_by: ana@example.com
                  attested_on: 2026-08-03
                """);

        assertThat(attestations).singleElement().satisfies(a -> {
            assertThat(a.identityId()).isEqualTo("agent:invoice-bot");
            assertThat(a.status()).isEqualTo("partial");
        });
    }

    @Test
    void anIdentityIdForAControlAttestedAsAWholeIsALocatedProblem() {
        List<InputProblem> csv = problems("attestations.csv", """
                control_id,identity_id,status,attested_by,attested_on
                DLG-02,svc-billing-etl,implemented,carol@example.com,2026-06-01
                ACT-07,svc-billing-etl,implemented,carol@example.com,2026-06-01
                """);
        List<InputProblem> yaml = problems("attestations.yaml", """
                - control_id: DLG-02
                  identity_id: svc-billing-etl
                  status: implemented
                  attested_by: carol@example.com
                  attested_on: 2026-06-01
                """);

        assertThat(csv).extracting(InputProblem::file, InputProblem::location, InputProblem::message,
                InputProblem::fix).containsExactly(tuple("attestations.csv", "line 2", "identity_id "
                        + "'svc-billing-etl' is given for DLG-02, which is attested as a whole: no check of it reads "
                        + "attestations of one identity.",
                        "Leave identity_id empty to attest DLG-02, or attest ACT-07 for the identity."));
        assertThat(yaml).extracting(InputProblem::location).containsExactly("line 2, column 16");
    }
}
