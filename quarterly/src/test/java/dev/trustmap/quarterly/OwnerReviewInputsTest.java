package dev.trustmap.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An owner review's files among a quarter's inputs (docs/owner-review.md): the decommission list's dates reach
 * RVK-02 (the earlier of the list's and the owners workbook's), an id no identity has is an import warning, and the
 * results reach the board.
 */
class OwnerReviewInputsTest {

    private static final Path INPUTS = Path.of("src", "test", "resources", "dev", "trustmap", "quarterly", "review",
            "2026-Q3").toAbsolutePath();
    private static final Quarter Q3 = Quarter.parse("2026-Q3").orElseThrow();

    @TempDir
    static Path out;

    private static QuarterlyRun.Result result;
    private static final List<String> finished = new ArrayList<>();
    private static final List<InputProblem> warnings = new ArrayList<>();

    @BeforeAll
    static void runTheQuarter() {
        result = QuarterlyRun.run(options(INPUTS, out.resolve("q3")), new QuarterlyRun.Listener() {
            @Override
            public void finished(String detail) {
                finished.add(detail);
            }

            @Override
            public void warning(InputProblem warning) {
                warnings.add(warning);
            }
        });
    }

    @Test
    void rvk02FailsAnIdentityPastItsListedDateThatStillHoldsAnActiveCredential() {
        List<String> rvk02 = result.assessment().findings().stream()
                .filter(f -> f.control().equals("RVK-02") && f.status() == FindingStatus.OPEN)
                .map(f -> f.subject().identity() + ": " + f.observed()).toList();

        assertThat(rvk02).containsExactly(
                "svc-c: decommissioned on 2026-08-15, 1 active credential",
                "svc-d: decommissioned on 2026-09-15, 1 active credential",
                "svc-e: decommissioned on 2026-09-10, 1 active credential");
    }

    @Test
    void theFoldersProgressLineCountsTheReviewsFiles() {
        assertThat(finished.get(0)).isEqualTo("4 files: exports 1, owners and people 1, exceptions 0,"
                + " attestations 0, review results 1, decommissions 1, default policy");
    }

    @Test
    void aListedIdNoIdentityHasIsAnImportWarningInMethodology() throws IOException {
        String expected = "identity_id 'svc-fx' matches no imported identity; its decommission date 2026-08-15 was"
                + " not applied.";
        assertThat(warnings).extracting(InputProblem::file, InputProblem::location, InputProblem::message,
                InputProblem::fix).containsExactly(tuple(
                        INPUTS.resolve("review/next.csv").toString(), "line 6", expected,
                        "Did you mean svc-f?"));
        assertThat(Files.readString(result.folder().resolve("METHODOLOGY.md"), StandardCharsets.UTF_8))
                .contains("- review/next.csv:line 6: " + expected + " Fix: Did you mean svc-f?");
    }

    @Test
    void theBoardShowsTheCampaignsCompletionAndItsNonResponders() throws IOException {
        String board = Files.readString(result.report("board.html"), StandardCharsets.UTF_8);

        assertThat(board).contains("Owner review 2026-Q2 (due 2026-07-31, collected 2026-08-03): 2,410 of 3,000"
                + " identities answered (80&#160;%); 26 of 121 owners returned nothing.");
        assertThat(board).contains("Answers: keep 2,200, transfer 90, decommission 70, not mine 50; 30 not usable");
        assertThat(board).contains("560 identities were not answered. Owners who returned nothing:"
                + " <span class=\"email\">lars.bakker@example.com</span> (41), <span class=\"email\">"
                + "mia.jensen@example.com</span> (30), <span class=\"email\">noah.berg@example.com</span> (22),"
                + " <span class=\"email\">olga.ivanova@example.com</span> (19), <span class=\"email\">"
                + "piet.de.vries@example.com</span> (17) and 2 more (the campaign's review-status.csv).");
    }

    @Test
    void thePackHoldsRedactedCopiesOfBothFilesUnderTheirKinds() throws IOException {
        Path inputs = result.folder().resolve("inputs");
        assertThat(inputs.resolve("review/next.csv")).exists();
        assertThat(inputs.resolve("review/results.json")).exists();
        String manifest = Files.readString(result.folder().resolve("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"review/next.csv\"").contains("\"decommissions\"")
                .contains("\"review/results.json\"").contains("\"review-results\"");
    }

    @Test
    void twoResultsFilesInOneFolderAreRefused(@TempDir Path dir) throws IOException {
        Path inputs = dir.resolve("inputs");
        try (Stream<Path> files = Files.walk(INPUTS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = inputs.resolve(INPUTS.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Files.copy(INPUTS.resolve("review/results.json"), inputs.resolve("results-again.json"));

        assertThatThrownBy(() -> QuarterlyRun.run(options(inputs, dir.resolve("out")), new QuarterlyRun.Listener() {
        })).isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(
                InputProblem::describe).containsExactly("results-again.json, review/results.json: the folder holds"
                        + " 2 files of kind review-results; a quarter has one. Fix: Keep the results of the one"
                        + " campaign this quarter follows and move the others out of the inputs folder."));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static QuarterlyRun.Options options(Path inputs, Path to) {
        return new QuarterlyRun.Options(Q3, null, inputs, to, List.of(), Optional.empty(), Optional.empty(), null,
                false, CatalogLoader.bundled(), "test");
    }
}
