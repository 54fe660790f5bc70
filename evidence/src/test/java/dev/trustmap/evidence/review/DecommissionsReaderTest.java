package dev.trustmap.evidence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.review.Decommission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecommissionsReaderTest {

    private static final String HEADER = "identity_id,identity_name,decommission_on,owner,answered_by,reason,source\n";

    @TempDir
    Path dir;

    @Test
    void theListIsRecognisedByItsExactHeaderWithOrWithoutABom() throws IOException {
        assertThat(DecommissionsReader.recognises(new FileHead("any.csv", HEADER, false))).isTrue();
        assertThat(DecommissionsReader.recognises(file("\uFEFF" + HEADER.toUpperCase()).head()))
                .as("as Excel saves it: a BOM, and the header in capitals").isTrue();
        assertThat(DecommissionsReader.read(file("\uFEFF" + HEADER + "svc-a,,2026-09-30,,,,\n")).get(0).identityId())
                .isEqualTo("svc-a");
    }

    @Test
    void anOwnersSheetIsNotADecommissionList() {
        assertThat(DecommissionsReader.recognises(new FileHead("owners.csv",
                "identity_id,technical_owner,decommission_on\nsvc-a,ana@example.com,2026-09-30\n", false))).isFalse();
        assertThat(DecommissionsReader.recognises(new FileHead("more.csv",
                HEADER.strip() + ",notes\n", false))).as("a column more").isFalse();
        assertThat(DecommissionsReader.recognises(new FileHead("r.json", "{\"identity_id\": 1}", false))).isFalse();
    }

    @Test
    void everyRowIsReadWithItsLine() throws IOException {
        List<Decommission> rows = DecommissionsReader.read(file(HEADER
                + "svc-billing-etl,billing etl,2026-09-30,ana@example.com,ana@example.com,replaced by v2,"
                + "review 2026-Q2-review-1a2b3c4d: review-ana@example.com.xlsx Review!N7\n"
                + "\n"
                + "svc-old,,2026-08-15,,lars@example.com,,\n"));

        assertThat(rows).hasSize(2);
        Decommission first = rows.get(0);
        assertThat(first.identityId()).isEqualTo("svc-billing-etl");
        assertThat(first.on()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(first.owner()).isEqualTo("ana@example.com");
        assertThat(first.reason()).isEqualTo("replaced by v2");
        assertThat(first.line()).isEqualTo(2);
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).identityName()).isNull();
        assertThat(rows.get(1).answeredBy()).isEqualTo("lars@example.com");
    }

    @Test
    void aBadDateOrAMissingIdIsALocatedProblem() throws IOException {
        EvidenceFile file = file(HEADER
                + "svc-a,,2026-02-30,,,,\n"
                + ",,2026-09-30,,,,\n"
                + "svc-c,,30/09/2026,,,,\n"
                + "svc-d,,,,,,\n");

        assertThatThrownBy(() -> DecommissionsReader.read(file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems()).extracting(InputProblem::location, InputProblem::message).containsExactly(
                        tuple("line 2", "expected a date (YYYY-MM-DD) in"
                                + " decommission_on for 'svc-a', found '2026-02-30'."),
                        tuple("line 3", "the row has no identity_id."),
                        tuple("line 4", "expected a date (YYYY-MM-DD) in"
                                + " decommission_on for 'svc-c', found '30/09/2026'."),
                        tuple("line 5", "expected a date (YYYY-MM-DD) in"
                                + " decommission_on for 'svc-d', found nothing.")));
    }

    @Test
    void aSecretTypedIntoTheReasonNeverReachesTheList() throws IOException {
        String token = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        List<Decommission> rows = DecommissionsReader.read(file(HEADER + "svc-a,,2026-09-30,,,token " + token
                + ",\n"));

        assertThat(rows.get(0).reason()).doesNotContain(token).contains("REDACTED");
    }

    private EvidenceFile file(String text) throws IOException {
        Path path = dir.resolve("decommissions.csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return new EvidenceFile(path, "next-quarter/decommissions.csv");
    }
}
