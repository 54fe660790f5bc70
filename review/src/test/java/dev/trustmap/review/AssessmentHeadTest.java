package dev.trustmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentHeadTest {

    @TempDir
    Path dir;

    @Test
    void takesTheAsOfAndTheOrphanedIdentitiesPassingOverEverythingElseAndHashesTheWholeFile() throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"schemaVersion\": 2,\n  \"asOf\": \"2026-09-30T23:59:59Z\",\n"
                + "  \"findings\": [\n");
        for (int i = 0; i < 20_000; i++) {
            json.append("    {\"id\":\"f").append(i).append("\",\"evidence\":{\"orphanedIdentities\":[\"not-this-")
                    .append(i).append("\"]},\"asOf\":\"1999-01-01T00:00:00Z\"},\n");
        }
        json.append("    {\"id\":\"last\"}\n  ],\n  \"orphanedIdentities\": [\n    \"default/default\",\n"
                + "    \"analytics/reporting\"\n  ],\n  \"warnings\": []\n}\n");
        Path file = Files.writeString(dir.resolve("assessment.json"), json);

        AssessmentHead head = AssessmentHead.read(file);

        assertThat(head.asOf()).isEqualTo(Instant.parse("2026-09-30T23:59:59Z"));
        assertThat(head.orphaned()).containsExactlyInAnyOrder("default/default", "analytics/reporting");
        assertThat(head.sha256()).isEqualTo(AssessedQuarter.sha256(file));
    }

    @Test
    void aFileThatIsNotAnAssessmentIsBadInputNamingIt() throws IOException {
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]\n");
        assertThatThrownBy(() -> AssessmentHead.read(array)).isInstanceOf(InputException.class)
                .hasMessageContaining("array.json").hasMessageContaining("does not start with a JSON object");
        Path noAsOf = Files.writeString(dir.resolve("no-as-of.json"), "{\"findings\": []}\n");
        assertThatThrownBy(() -> AssessmentHead.read(noAsOf)).isInstanceOf(InputException.class)
                .hasMessageContaining("has no as-of instant");
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"asOf\": \"2026-09-30T23:59:59Z\", \"findings\": [{");
        assertThatThrownBy(() -> AssessmentHead.read(cut)).isInstanceOf(InputException.class)
                .hasMessageContaining("cut.json").hasMessageContaining("cannot be read");
    }
}
