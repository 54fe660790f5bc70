package dev.trustmap.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackVerifier;
import dev.trustmap.quarterly.InputsFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs folder cannot smuggle: no link is followed out of it, odd entries (pipes, names a pack cannot hold)
 * get a clear outcome before anything is written, and what is assessed is what the pack stores.
 */
class FolderAttacksTest extends CommandTestBase {

    @TempDir
    Path dir;

    static Run quarterly(Path inputs, Path out, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("quarterly", "--period", "2026-Q3",
                "--inputs", inputs.toString(), "--out", out.toString()));
        args.addAll(java.util.List.of(more));
        return trustmap(args.toArray(String[]::new));
    }

    @Test
    void aLinkToAFileOutsideIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path secret = Files.writeString(dir.resolve("etc-shadow"), "root:$6$outside-the-folder\n");
        Files.createSymbolicLink(inputs.resolve("shadow.csv"), secret);
        Path out = dir.resolve("out");

        Run run = quarterly(inputs, out);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("shadow.csv", "symbolic link", "--ignore-unknown");
        assertThat(out).doesNotExist();
    }

    @Test
    void withIgnoreUnknownALinkIsListedAndItsTargetNeverRead() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path secret = Files.writeString(dir.resolve("outside.csv"), "outside-the-folder-7731\n");
        Files.createSymbolicLink(inputs.resolve("linked.csv"), secret);
        Path out = dir.resolve("out");

        Run run = quarterly(inputs, out, "--ignore-unknown");

        assertThat(run.code()).as(run.err()).isZero();
        PackManifest manifest = PackVerifier.verify(out.resolve("trustmap-2026-Q3.zip"), Optional.empty()).manifest()
                .orElseThrow();
        assertThat(manifest.skipped()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("linked.csv");
            assertThat(s.sha256()).isNull();
            assertThat(s.reason()).contains("symbolic link");
        });
        assertThat(new String(Files.readAllBytes(out.resolve("trustmap-2026-Q3.zip")), StandardCharsets.ISO_8859_1))
                .doesNotContain("outside-the-folder-7731");
        assertThat(TrustFixtures.tree(out.resolve("trustmap-2026-Q3/inputs"))).doesNotContain("linked.csv");
    }

    @Test
    void aLinkedFolderIsRefusedNotSilentlySkipped() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(TrustFixtures.FIXTURE.resolve("gitleaks.json"), elsewhere.resolve("more.json"));
        Files.createSymbolicLink(inputs.resolve("more"), elsewhere);

        Run run = quarterly(inputs, dir.resolve("out"));

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("more", "symbolic link");
    }

    @Test
    void aPipeIsRefusedNotSilentlySkipped() throws Exception {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Path fifo = inputs.resolve("feed.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");

        Run run = quarterly(inputs, dir.resolve("out"));

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("feed.csv", "not a regular file");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void namesAPackCannotHoldAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("back\\slash.csv"), "a,b\n");
        Files.writeString(inputs.resolve("new\nline.csv"), "a,b\n");

        Run run = quarterly(inputs, dir.resolve("out"));

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("back\\slash.csv", "backslash").contains("new\\x0aline.csv",
                "control character");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theRunReadsItsSnapshotSoAFileReplacedMidRunIsNotStoredInAnotherForm() throws IOException {
        Path inputs = TrustFixtures.inputs(dir.resolve("inputs"));
        byte[] assessed = Files.readAllBytes(inputs.resolve("inventory.csv"));
        InputsFolder.Listing listing = InputsFolder.list(inputs);
        InputsFolder folder = InputsFolder.snapshot(listing, Files.createDirectories(dir.resolve("snapshot")),
                Importers.all());

        Files.writeString(inputs.resolve("inventory.csv"), "identity_id\nswapped-in-after-the-listing\n");

        InputsFolder.Input inventory = folder.all().stream().filter(i -> i.name().equals("inventory.csv"))
                .findFirst().orElseThrow();
        assertThat(inventory.path()).startsWith(dir.resolve("snapshot"));
        assertThat(Files.readAllBytes(inventory.path())).isEqualTo(assessed);
        assertThat(inventory.sha256()).isEqualTo(Fingerprints.sha256Hex(assessed));
        assertThat(inventory.format()).isEqualTo("inventory-csv");
    }
}
