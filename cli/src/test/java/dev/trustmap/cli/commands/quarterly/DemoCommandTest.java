package dev.trustmap.cli.commands.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.pack.PackVerifier;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.pack.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trustmap demo}: two quarters of the sample estate, the second with a trend, signed and verified. */
class DemoCommandTest extends CommandTestBase {

    @TempDir
    Path dir;

    @Test
    void twoQuartersGiveABoardWithATrendAndASignedPackThatVerifies() throws IOException {
        Path out = dir.resolve("demo");
        Run run = trustmap("demo", "--identities", "300", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("sample 2026-Q2", "sample 2026-Q3", "quarterly 2026-Q2", "quarterly 2026-Q3",
                "pack verify").doesNotContain("FAILED");
        Path pdf = out.resolve("2026-Q3/trustmap-2026-Q3/reports/board.pdf");
        Path pack = out.resolve("2026-Q3/trustmap-2026-Q3.zip");
        assertThat(run.out()).contains("board PDF      " + pdf, "operator XLSX  "
                + out.resolve("2026-Q3/trustmap-2026-Q3/reports/operator.xlsx"), "evidence pack  " + pack);
        assertThat(pdf).isRegularFile();

        JsonNode report = new ObjectMapper().readTree(out.resolve("2026-Q3/trustmap-2026-Q3/data/board.json")
                .toFile());
        assertThat(report.at("/board/trend")).hasSize(2);
        assertThat(report.at("/board/trend/0/period").asText()).isEqualTo("2026-Q2");
        assertThat(report.at("/board/kpis/0/previous").isNumber()).isTrue();

        Verification verified = PackVerifier.verify(pack,
                Optional.of(SigningKeys.readPublic(out.resolve("keys/trustmap.pub"))));
        assertThat(verified.failures()).isEmpty();
        assertThat(verified.manifest().orElseThrow().signed()).isTrue();

        byte[] first = Files.readAllBytes(pack);
        Run again = trustmap("demo", "--identities", "300", "--out", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(pack)).as("same seed, same key: the same pack").isEqualTo(first);
    }

    @Test
    void aFolderOfSomethingElseIsNeverTouched() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.docx"), "years of work");
        Run run = trustmap("demo", "--identities", "300", "--out", mine.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("holds files the demo did not write");
        try (var files = Files.list(mine)) {
            assertThat(files).containsExactly(mine.resolve("thesis.docx"));
        }
    }
}
