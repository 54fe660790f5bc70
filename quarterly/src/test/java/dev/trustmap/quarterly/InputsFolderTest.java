package dev.trustmap.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.quarterly.InputsFolder.Input;
import dev.trustmap.quarterly.InputsFolder.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsFolderTest {

    private static final String DECOMMISSIONS = "identity_id,identity_name,decommission_on,owner,answered_by,reason,"
            + "source\nsvc-a,a-runner,2026-08-01,ana@example.com,ana@example.com,,\n";
    private static final String RESULTS = "{\"kind\": \"trustmap-review-results\", \"version\": 1}";

    @TempDir
    Path dir;

    @Test
    void anOwnerReviewsFilesAreRecognisedByWhatTheyHold() {
        assertThat(InputsFolder.ownKind(new FileHead("notes.txt", RESULTS, false))).isEqualTo(Kind.REVIEW_RESULTS);
        assertThat(InputsFolder.ownKind(new FileHead("list.csv", DECOMMISSIONS, false)))
                .isEqualTo(Kind.DECOMMISSIONS);
        assertThat(Kind.REVIEW_RESULTS.key()).isEqualTo("review-results");
        assertThat(Kind.DECOMMISSIONS.key()).isEqualTo("decommissions");
    }

    @Test
    void anOwnersSheetWithADecommissionColumnIsStillAnOwnersSheet() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        write(inputs.resolve("owners.csv"), "identity_id,technical_owner,decommission_on\n"
                + "svc-a,ana@example.com,2026-09-30\n");
        write(inputs.resolve("decommissions-as-owners-named-it.csv"), DECOMMISSIONS);
        write(inputs.resolve("sub/results.txt"), RESULTS);

        InputsFolder folder = InputsFolder.snapshot(InputsFolder.list(inputs),
                Files.createDirectories(dir.resolve("snapshot")), Importers.all());

        assertThat(folder.all()).extracting(Input::name, Input::kind, Input::format).containsExactly(
                tuple("decommissions-as-owners-named-it.csv", Kind.DECOMMISSIONS,
                        "decommissions"),
                tuple("owners.csv", Kind.OWNERS, "owners"),
                tuple("sub/results.txt", Kind.REVIEW_RESULTS, "review-results"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
