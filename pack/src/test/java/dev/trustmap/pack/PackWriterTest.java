package dev.trustmap.pack;

import static dev.trustmap.pack.PackFixture.HEADER;
import static dev.trustmap.pack.PackFixture.INPUTS;
import static dev.trustmap.pack.PackFixture.SKIPPED;
import static dev.trustmap.pack.PackFixture.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.pack.PackManifest.InputRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackWriterTest {

    @TempDir
    Path dir;

    private final KeyPair keys = SigningKeys.generate();

    @Test
    void theSameContentGivesTheSameBytesTwiceAndInAnotherTimeZone() throws IOException {
        Path first = PackFixture.stage(dir.resolve("first"));
        Path second = PackFixture.stage(dir.resolve("second"));
        // the second staging's files are dated differently; only the as-of may reach the pack
        for (String path : PackFixture.FILES.keySet()) {
            Files.setLastModifiedTime(second.resolve(path), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        }
        TimeZone original = TimeZone.getDefault();
        byte[] a;
        byte[] b;
        byte[] c;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            a = Files.readAllBytes(PackFixture.pack(first, keys.getPrivate(), dir.resolve("a.zip")));
            b = Files.readAllBytes(PackFixture.pack(first, keys.getPrivate(), dir.resolve("b.zip")));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            c = Files.readAllBytes(PackFixture.pack(second, keys.getPrivate(), dir.resolve("c.zip")));
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
    }

    @Test
    void manifestComesFirstThenTheSignatureThenEveryFileSortedByPath() throws IOException {
        Path zip = PackFixture.pack(PackFixture.stage(dir.resolve("staged")), keys.getPrivate(),
                dir.resolve("trustmap-2026-Q3.zip"));
        assertThat(PackFixture.items(zip)).extracting(PackFixture.Item::name).containsExactly("manifest.json",
                "manifest.sig", "METHODOLOGY.md", "data/assessment.json", "inputs/aws-credential-report.csv",
                "oscal/assessment-results.json", "reports/board.html", "reports/findings.csv");
    }

    @Test
    void everyEntryIsDatedTheAsOfInUtcToTheZipsTwoSecondsWithNoExtraFields() throws IOException {
        Path zip = PackFixture.pack(PackFixture.stage(dir.resolve("staged")), keys.getPrivate(),
                dir.resolve("pack.zip"));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = file.stream().toList();
            assertThat(entries).hasSize(8).allSatisfy(entry -> {
                // 2026-09-30T23:59:59Z: a zip time has two-second steps
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.parse("2026-09-30T23:59:58"));
                assertThat(entry.getLastModifiedTime().toInstant()).isEqualTo(
                        entry.getTimeLocal().atZone(TimeZone.getDefault().toZoneId()).toInstant());
                assertThat(entry.getExtra()).isNull();
                assertThat(entry.getComment()).isNull();
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                assertThat(entry.isDirectory()).isFalse();
            });
        }
    }

    @Test
    void theManifestListsTheRunTheInputsAndEveryFileWithItsSizeAndSha256() throws IOException {
        Path zip = PackFixture.pack(PackFixture.stage(dir.resolve("staged")), Optional.empty(),
                dir.resolve("pack.zip"));
        String manifest = new String(PackFixture.items(zip).get(0).content(), StandardCharsets.UTF_8);
        StringBuilder files = new StringBuilder();
        for (String path : PackFixture.SORTED_PATHS) {
            String content = PackFixture.FILES.get(path);
            files.append(files.length() == 0 ? "" : ",\n")
                    .append("    {\n")
                    .append("      \"path\": \"").append(path).append("\",\n")
                    .append("      \"size\": ").append(content.getBytes(StandardCharsets.UTF_8).length).append(",\n")
                    .append("      \"sha256\": \"").append(sha256(content)).append("\"\n")
                    .append("    }");
        }
        assertThat(manifest).isEqualTo("""
                {
                  "schema": "trustmap-pack/1",
                  "period": "2026-Q3",
                  "asOf": "2026-09-30T23:59:59Z",
                  "trustmapVersion": "0.1.0",
                  "catalog": {
                    "version": "2026.11",
                    "sha256": "%s"
                  },
                  "policySha256": "%s",
                  "signature": "none",
                  "inputs": [
                    {
                      "name": "exports/aws-credential-report.csv",
                      "format": "aws-credential-report",
                      "originalSha256": "%s",
                      "storedPath": "inputs/aws-credential-report.csv",
                      "storedSha256": "%s"
                    }
                  ],
                  "skipped": [
                    {
                      "name": "exports/notes.txt",
                      "sha256": "%s",
                      "reason": "not a recognised format"
                    }
                  ],
                  "files": [
                %s
                  ]
                }
                """.formatted(PackFixture.CATALOG_SHA256, PackFixture.POLICY_SHA256, PackFixture.REPORT_SHA256,
                sha256(PackFixture.FILES.get("inputs/aws-credential-report.csv")), PackFixture.NOTES_SHA256, files));
    }

    @Test
    void inputsAndSkippedInputsAreSortedByNameWhateverOrderTheyComeIn() throws IOException {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        Files.writeString(staged.resolve("inputs/gcp-keys.json"), "[]\n");
        InputRecord gcp = InputRecord.stored("b/gcp-keys.json", "gcp-service-account-keys", "e".repeat(64),
                "inputs/gcp-keys.json");
        InputRecord notStored = new InputRecord("a/owners.xlsx", "owners-workbook", "f".repeat(64), null, null);
        PackManifest manifest = PackWriter.write(staged, HEADER, List.of(gcp, INPUTS.get(0), notStored),
                List.of(new PackManifest.SkippedInput("z.txt", "1".repeat(64), "not a recognised format"),
                        SKIPPED.get(0)), Optional.empty(), dir.resolve("pack.zip"));
        assertThat(manifest.inputs()).extracting(InputRecord::name).containsExactly("a/owners.xlsx",
                "b/gcp-keys.json", "exports/aws-credential-report.csv");
        assertThat(manifest.inputs().get(1).storedSha256()).isEqualTo(sha256("[]\n"));
        assertThat(manifest.inputs().get(0).storedSha256()).isNull();
        assertThat(manifest.skipped()).extracting(PackManifest.SkippedInput::name)
                .containsExactly("exports/notes.txt", "z.txt");
    }

    @Test
    void aFileThatDeflatesLikeABombIsStoredSoThePackStillVerifies() throws IOException {
        PackLimits limits = new PackLimits(100, 1L << 30, 1L << 20, 100, 1024);
        Path staged = PackFixture.stage(dir.resolve("staged"));
        Files.write(staged.resolve("data/zeros.bin"), new byte[200_000]);
        Path zip = dir.resolve("pack.zip");
        PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.of(keys.getPrivate()), zip, limits);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("data/zeros.bin").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(file.getEntry("data/assessment.json").getMethod()).isEqualTo(ZipEntry.DEFLATED);
            try (InputStream in = file.getInputStream(file.getEntry("data/zeros.bin"))) {
                assertThat(in.readAllBytes()).hasSize(200_000).containsOnly(0);
            }
        }
        Verification verification = PackVerifier.verify(zip, Optional.of(keys.getPublic()), limits);
        assertThat(verification.failures()).isEmpty();
    }

    @Test
    void aFileInACompressedFormatIsStoredAsItIsAndTextIsDeflated() throws IOException {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        byte[] workbook = "PK\u0003\u0004 a workbook is a zip already ".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(staged.resolve("reports/operator.xlsx"), workbook);
        Files.write(staged.resolve("reports/board.PDF"), workbook);
        Path zip = dir.resolve("pack.zip");
        PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.empty(), zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("reports/operator.xlsx").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(file.getEntry("reports/board.PDF").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(file.getEntry("reports/board.html").getMethod()).isEqualTo(ZipEntry.DEFLATED);
            try (InputStream in = file.getInputStream(file.getEntry("reports/operator.xlsx"))) {
                assertThat(in.readAllBytes()).isEqualTo(workbook);
            }
        }
        assertThat(PackVerifier.verify(zip, Optional.empty()).failures()).isEmpty();
    }

    @Test
    void writingReplacesAnOlderPackAndLeavesNoTemporaryFile() throws IOException {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("pack.zip"), "old");
        PackFixture.pack(staged, Optional.empty(), out.resolve("pack.zip"));
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("pack.zip");
        }
        assertThat(PackVerifier.verify(out.resolve("pack.zip"), Optional.empty()).passed()).isTrue();
    }

    @Test
    void aStagedFolderHoldingItsOwnManifestIsRefused() throws IOException {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        Files.writeString(staged.resolve("manifest.json"), "{}");
        assertThatThrownBy(() -> PackFixture.pack(staged, Optional.empty(), dir.resolve("pack.zip")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("writes its own manifest.json");
        assertThat(dir.resolve("pack.zip")).doesNotExist();
    }

    @Test
    void aSymbolicLinkInTheStagedFolderIsRefused() throws IOException {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        Files.createSymbolicLink(staged.resolve("reports/link.csv"), staged.resolve("reports/findings.csv"));
        assertThatThrownBy(() -> PackFixture.pack(staged, Optional.empty(), dir.resolve("pack.zip")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a symbolic link");
    }

    @Test
    void thePackCannotBeWrittenInsideTheStagedFolder() {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        assertThatThrownBy(() -> PackFixture.pack(staged, Optional.empty(), staged.resolve("reports/pack.zip")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the staged folder");
    }

    @Test
    void aStoredInputMustBeAStagedFile() {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        List<InputRecord> inputs = List.of(InputRecord.stored("x.csv", "inventory-csv", "e".repeat(64),
                "inputs/x.csv"));
        assertThatThrownBy(() -> PackWriter.write(staged, HEADER, inputs, List.of(), Optional.empty(),
                dir.resolve("pack.zip"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input x.csv: its stored copy inputs/x.csv is not in the staged folder");
    }

    @Test
    void onlyAnEd25519KeyCanSign() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        Path staged = PackFixture.stage(dir.resolve("staged"));
        assertThatThrownBy(() -> PackFixture.pack(staged, rsa.generateKeyPair().getPrivate(),
                dir.resolve("pack.zip"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("packs are signed with Ed25519 keys, not RSA");
    }

    @Test
    void aSignedPackNamesItsSignersFingerprintRightAfterTheSignature() throws IOException {
        KeyPair keys = SigningKeys.generate();
        Path zip = PackFixture.pack(PackFixture.stage(dir.resolve("staged")), keys.getPrivate(),
                dir.resolve("pack.zip"));
        String manifest = new String(PackFixture.items(zip).get(0).content(), StandardCharsets.UTF_8);
        assertThat(manifest).contains("  \"signature\": \"Ed25519\",\n  \"signer\": \""
                + SigningKeys.fingerprint(keys.getPublic()) + "\",\n  \"inputs\": [\n");
    }
}
