package dev.trustmap.cli.commands.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersCommandTest extends CommandTestBase {

    @TempDir
    Path dir;

    @Test
    void templateThenValidateRoundTripsClean() {
        Path workbook = dir.resolve("sub/owners.xlsx");
        Run template = trustmap("owners", "template", "--out", workbook.toString());
        assertThat(template.code()).as(template.err()).isZero();
        assertThat(workbook).exists();
        Run validate = trustmap("owners", "validate", workbook.toString());
        assertThat(validate.code()).isZero();
        assertThat(validate.out()).contains("is clean: 0 identity owners, 0 control owners, 0 people.");
    }

    @Test
    void plantedMistakesAreEachReportedWithTheirLine() throws IOException {
        Path controls = Files.writeString(dir.resolve("control-owners.csv"), """
                control_id,owner,backup_owner,team,review_due
                ACT-01,alice@example.com,bob@example.com,IAM,2026-12-31
                LFC-1,alice@example.com,,IAM,2026-12-31
                RVK-04,not-an-email,,IAM,next week
                """);
        Run run = trustmap("owners", "validate", controls.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(3);
        List<String> found = new ArrayList<>();
        for (JsonNode problem : run.json()) {
            found.add(problem.get("location").asText() + " " + problem.get("message").asText());
        }
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("line 3").contains("LFC-1"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("line 4").contains("not-an-email"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("line 4").contains("next week"));
        assertThat(run.out()).contains("LFC-01");
    }
}
