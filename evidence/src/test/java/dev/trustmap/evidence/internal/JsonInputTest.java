package dev.trustmap.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonInputTest {

    @TempDir
    Path dir;

    private EvidenceFile file(String text) throws IOException {
        return new EvidenceFile(Files.writeString(dir.resolve("x.json"), text), "x.json");
    }

    @Test
    void arraysWrittenOneAfterAnotherAreAllRead() throws IOException {
        List<String> seen = new ArrayList<>();
        JsonInput.elements(file("[{\"id\":1},\n{\"id\":2}]\n[{\"id\":3}]\n"),
                (node, line) -> seen.add(node.get("id").asText() + "@" + line));
        assertThat(seen).containsExactly("1@1", "2@2", "3@3");
    }

    @Test
    void truncatedArrayNamesWhereItEnds() throws IOException {
        EvidenceFile file = file("[{\"id\":1},\n{\"id\":2");
        assertThatThrownBy(() -> JsonInput.elements(file, (node, line) -> { }))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems().get(0).location()).startsWith("line 2");
                    assertThat(e.problems().get(0).message()).contains("truncated");
                });
    }

    @Test
    void jsonLinesGiveTheirLineNumbers() throws IOException {
        List<Integer> lines = new ArrayList<>();
        JsonInput.lines(file("{\"a\":1}\n\n{\"a\":2}\n"), (node, line) -> lines.add(line));
        assertThat(lines).containsExactly(1, 3);
    }
}
