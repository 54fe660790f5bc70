package dev.trustmap.cli.trust;

import static dev.trustmap.cli.trust.FolderAttacksTest.quarterly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never destroy what trustmap did not write: a run replaces only its own earlier output, refuses the rest with exit
 * 3 before writing, cleans what a killed run left, and holds the folder against a second run.
 */
class OutputFolderTest extends CommandTestBase {

    @TempDir
    Path dir;

    @Test
    void aRunReplacesItsOwnEarlierOutput() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path out = dir.resolve("out");
        assertThat(quarterly(inputs, out).code()).isZero();
        byte[] first = Files.readAllBytes(out.resolve("trustmap-2026-Q3.zip"));

        Run again = quarterly(inputs, out);

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("trustmap-2026-Q3.zip"))).isEqualTo(first);
        assertThat(Files.readString(out.resolve("trustmap-2026-Q3/.trustmap-written")))
                .contains("reports/board.pdf\n", "data/assessment.json\n");
    }

    @Test
    void aFileTheUserAddedToTheOutputFolderIsNeverDeleted() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path out = dir.resolve("out");
        assertThat(quarterly(inputs, out).code()).isZero();
        Path notes = Files.writeString(out.resolve("trustmap-2026-Q3/reports/auditor-notes.txt"), "keep me");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("holds files trustmap did not write", "reports/auditor-notes.txt");
        assertThat(notes).hasContent("keep me");
    }

    @Test
    void aFolderOfTheSameNameThatTrustmapDidNotWriteIsRefused() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path out = dir.resolve("out");
        Path mine = Files.createDirectories(out.resolve("trustmap-2026-Q3"));
        Files.writeString(mine.resolve("budget.xlsx"), "the user's own");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).isEqualTo(3);
        assertThat(mine.resolve("budget.xlsx")).hasContent("the user's own");
        assertThat(out.resolve("trustmap-2026-Q3.zip")).doesNotExist();
    }

    @Test
    void aZipOfTheSameNameThatIsNoPackIsRefused() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path foreign = Files.writeString(out.resolve("trustmap-2026-Q3.zip"), "PK not ours");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("trustmap-2026-Q3.zip", "not an evidence pack");
        assertThat(foreign).hasContent("PK not ours");
    }

    @Test
    void inputsInsideTheFolderTheRunReplacesAreRefused() throws IOException {
        Path out = dir.resolve("out");
        Path inputs = TrustFixtures.inputs(out.resolve("trustmap-2026-Q3/inputs"));

        Run run = quarterly(inputs, out);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("inputs folder lies inside");
        assertThat(inputs.resolve("inventory.csv")).exists();
    }

    @Test
    void outNamingAFileIsBadInput() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path file = Files.writeString(dir.resolve("out.txt"), "a file");

        Run run = quarterly(inputs, file);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("--out names a file");
        assertThat(file).hasContent("a file");
    }

    @Test
    void stagingLeftByAKilledRunIsClearedByTheNextRun() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path out = dir.resolve("out");
        Path stale = Files.createDirectories(out.resolve(".trustmap-staging-4711"));
        Files.writeString(stale.resolve("trustmap-2026-Q3.zip.partial"), "half a pack");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(TrustFixtures.tree(out)).noneMatch(name -> name.startsWith(".trustmap-staging-"));
    }

    @Test
    void aSecondRunIntoTheSameFolderStopsWhileTheFirstHoldsIt() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path out = Files.createDirectories(dir.resolve("out"));
        try (FileChannel channel = FileChannel.open(out.resolve(".trustmap.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {

            Run second = quarterly(inputs, out);

            assertThat(held.isValid()).isTrue();
            assertThat(second.code()).isEqualTo(3);
            assertThat(second.err()).contains("another trustmap run is writing to this folder");
        }
        assertThat(out.resolve("trustmap-2026-Q3.zip")).doesNotExist();
    }

    @Test
    void aRunThatFailsLeavesNoOutputFolderBehind() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("mystery.bin"), "nothing trustmap knows");
        Path out = dir.resolve("out");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("mystery.bin", "not a kind of file trustmap recognises");
        assertThat(out).doesNotExist();
    }
}
