package dev.trustmap.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path dir;

    private EvidenceFile file(byte[] content) throws IOException {
        Path path = dir.resolve("t.csv");
        Files.write(path, content);
        return new EvidenceFile(path, "t.csv");
    }

    @Test
    void bomCrlfQuotedNewlinesBlankRowsAndTrailingColumnsAreHandled() throws IOException {
        String text = "\uFEFFUser,ARN , note\r\n"
                + "a,arn:1,\"two\r\nlines\"\r\n"
                + "\r\n"
                + ",,\r\n"
                + "b,arn:2,x,extra,cells\r\n";
        List<String> seen = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file(text.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(table.headers()).containsExactly("User", "ARN", "note");
            assertThat(table.has("arn")).isTrue();
            for (CsvTable.Row row : table) {
                seen.add(row.line() + ":" + row.get("user") + ":" + row.get("Arn") + ":" + row.get("NOTE")
                        + ":" + row.get("missing"));
            }
        }
        assertThat(seen).containsExactly("2:a:arn:1:two\r\nlines:null", "6:b:arn:2:x:null");
    }

    @Test
    void duplicateHeaderNamesAreRefusedWithBothColumns() throws IOException {
        EvidenceFile file = file("user,arn,User\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvTable.open(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems().get(0).location()).isEqualTo("line 1");
                    assertThat(e.problems().get(0).message()).contains("'User' twice (columns 1 and 3)");
                });
    }

    @Test
    void brokenQuoteIsNamedByLineWithoutItsContent() throws IOException {
        EvidenceFile file = file("a,b\n1,2\n3,\"CANARY-open\n".getBytes(StandardCharsets.UTF_8));
        try (CsvTable table = CsvTable.open(file)) {
            assertThatThrownBy(() -> table.forEach(row -> { }))
                    .isInstanceOfSatisfying(InputException.class, e -> {
                        assertThat(e.problems().get(0).location()).isEqualTo("line 3");
                        assertThat(e.problems().get(0).describe()).doesNotContain("CANARY");
                    });
        }
    }
}
