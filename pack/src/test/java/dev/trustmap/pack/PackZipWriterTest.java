package dev.trustmap.pack;

import static dev.trustmap.pack.PackFixture.HEADER;
import static dev.trustmap.pack.PackFixture.INPUTS;
import static dev.trustmap.pack.PackFixture.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.pack.PackFixture.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip {@link PackWriter} writes itself: files of many blocks, any number of threads, zip64, bombs, changes. */
class PackZipWriterTest {

    private static final int BLOCK = ParallelDeflate.BLOCK;

    @TempDir
    Path dir;

    private final KeyPair keys = SigningKeys.generate();

    /** The fixture's folder plus files of several blocks: text, noise, and text of exactly two blocks. */
    private Path stageLarge(Path staged) throws IOException {
        PackFixture.stage(staged);
        Files.write(staged.resolve("oscal/poam.json"), ParallelDeflateTest.text(5 * BLOCK + 12_345, 1));
        Files.write(staged.resolve("data/noise.bin"), ParallelDeflateTest.noise(3 * BLOCK + 7, 2));
        Files.write(staged.resolve("data/two-blocks.json"), ParallelDeflateTest.text(2 * BLOCK, 3));
        return staged;
    }

    private Path write(Path staged, Path zip, int threads, long zip64Threshold) throws IOException {
        PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.of(keys.getPrivate()), zip, PackLimits.DEFAULT,
                new PackWriter.Options(threads, zip64Threshold, () -> { }));
        return zip;
    }

    @Test
    void theBytesAreTheSameWhetherOneThreadOrFourWriteThem() throws IOException {
        Path staged = stageLarge(dir.resolve("staged"));
        byte[] one = Files.readAllBytes(write(staged, dir.resolve("one.zip"), 1, PackZipWriter.ZIP64_THRESHOLD));
        byte[] four = Files.readAllBytes(write(staged, dir.resolve("four.zip"), 4, PackZipWriter.ZIP64_THRESHOLD));
        assertThat(four).isEqualTo(one);
    }

    @Test
    void filesOfManyBlocksReadBackExactlyThroughEveryReader() throws IOException {
        Path staged = stageLarge(dir.resolve("staged"));
        Path zip = write(staged, dir.resolve("pack.zip"), 3, PackZipWriter.ZIP64_THRESHOLD);
        assertReadsBackAsStaged(zip, staged);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("oscal/poam.json").getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(file.getEntry("oscal/poam.json").getCompressedSize()).isLessThan(2 * BLOCK);
            assertThat(file.stream()).allSatisfy(entry -> assertThat(entry.getExtra()).isNull());
        }
    }

    @Test
    void aPackWithZip64ForcedOnEveryEntryReadsBackTheSame() throws IOException, InterruptedException {
        Path staged = stageLarge(dir.resolve("staged"));
        Path plain = write(staged, dir.resolve("plain.zip"), 2, PackZipWriter.ZIP64_THRESHOLD);
        Path zip64 = write(staged, dir.resolve("zip64.zip"), 2, 0);
        assertReadsBackAsStaged(zip64, staged);
        assertThat(digests(PackFixture.items(zip64))).isEqualTo(digests(PackFixture.items(plain)));
        byte[] bytes = Files.readAllBytes(zip64);
        // the zip64 end record and its locator precede the end record, whose count and sizes say to look there
        assertThat(indexOf(bytes, new byte[] {0x50, 0x4b, 0x06, 0x06})).isPositive();
        assertThat(indexOf(bytes, new byte[] {0x50, 0x4b, 0x06, 0x07})).isPositive();
        try (ZipFile file = new ZipFile(zip64.toFile())) {
            assertThat(file.stream()).hasSize(11).allSatisfy(entry -> {
                assertThat(entry.getExtra()).isNotNull();
                assertThat(entry.getExtra()[0]).isEqualTo((byte) 1); // the zip64 field's id, and no other field
                assertThat(entry.getExtra()).hasSize(4 + 3 * 8);
            });
        }
        unzipTest(zip64);
    }

    @Test
    void zip64ForLargeEntriesOnlyLeavesTheSmallOnesPlain() throws IOException {
        Path staged = stageLarge(dir.resolve("staged"));
        Path zip = write(staged, dir.resolve("pack.zip"), 2, 2 * BLOCK);
        assertReadsBackAsStaged(zip, staged);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("manifest.json").getExtra()).isNull();
            assertThat(file.getEntry("oscal/poam.json").getExtra()).isNotNull();
            assertThat(file.getEntry("data/two-blocks.json").getExtra()).isNotNull();
        }
        unzipTest(zip);
    }

    @Test
    void aFileOfManyBlocksThatDeflatesLikeABombIsStoredAndTheNextEntryFollowsIt() throws IOException {
        PackLimits limits = new PackLimits(100, 1L << 30, 1L << 20, 100, 1024);
        Path staged = stageLarge(dir.resolve("staged"));
        Files.write(staged.resolve("data/aaa-zeros.bin"), new byte[4 * BLOCK + 3]);
        Path zip = dir.resolve("pack.zip");
        PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.of(keys.getPrivate()), zip, limits,
                new PackWriter.Options(2, PackZipWriter.ZIP64_THRESHOLD, () -> { }));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("data/aaa-zeros.bin").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(file.getEntry("data/assessment.json").getMethod()).isEqualTo(ZipEntry.DEFLATED);
        }
        assertReadsBackAsStaged(zip, staged);
        assertThat(PackVerifier.verify(zip, Optional.of(keys.getPublic()), limits).failures()).isEmpty();
    }

    @Test
    void aFileChangedBetweenHashingAndZippingFailsThePack() throws IOException {
        Path staged = stageLarge(dir.resolve("staged"));
        Path poam = staged.resolve("oscal/poam.json");
        Path zip = dir.resolve("pack.zip");
        // the same size, one byte different: only the CRC-32 can tell
        Runnable flip = () -> rewrite(poam, PackFixture.flipped(read(poam), 3 * BLOCK + 5));
        assertThatThrownBy(() -> PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.empty(), zip,
                PackLimits.DEFAULT, new PackWriter.Options(2, PackZipWriter.ZIP64_THRESHOLD, flip)))
                .isInstanceOf(IOException.class).hasMessage(poam.toRealPath()
                        + " changed while the pack was being written; run again");
        assertThat(zip).doesNotExist();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("staged");
        }
    }

    @Test
    void aFileThatGrowsOrShrinksAfterHashingFailsThePackToo() throws IOException {
        Path staged = stageLarge(dir.resolve("staged"));
        Path findings = staged.resolve("reports/findings.csv");
        Path workbook = staged.resolve("reports/operator.xlsx");
        Files.write(workbook, ParallelDeflateTest.noise(1000, 4));
        Runnable grow = () -> append(findings, "F-2,LFC-01,another\n");
        assertThatThrownBy(() -> PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.empty(),
                dir.resolve("a.zip"), PackLimits.DEFAULT, new PackWriter.Options(2, 0, grow)))
                .isInstanceOf(IOException.class).hasMessageContaining("findings.csv changed while the pack");
        Runnable shrink = () -> rewrite(workbook, new byte[10]); // stored: copied, not deflated
        assertThatThrownBy(() -> PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.empty(),
                dir.resolve("b.zip"), PackLimits.DEFAULT, new PackWriter.Options(2, 0, shrink)))
                .isInstanceOf(IOException.class).hasMessageContaining("operator.xlsx changed while the pack");
    }

    /** The zip holds the manifest, the signature and every staged file, the same read any way, and verifies. */
    private void assertReadsBackAsStaged(Path zip, Path staged) throws IOException {
        List<Item> central = PackFixture.items(zip);
        List<Item> local = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                local.add(new Item(entry.getName(), in.readAllBytes()));
            }
        }
        assertThat(digests(local)).isEqualTo(digests(central));
        assertThat(central.get(0).name()).isEqualTo("manifest.json");
        assertThat(central.get(1).name()).isEqualTo("manifest.sig");
        for (Item item : central.subList(2, central.size())) {
            assertThat(item.content()).as(item.name()).isEqualTo(Files.readAllBytes(staged.resolve(item.name())));
        }
        try (var walk = Files.walk(staged)) {
            assertThat(central).hasSize(2 + (int) walk.filter(Files::isRegularFile).count());
        }
        assertThat(ZipLayout.problems(zip, 100)).isEmpty();
        assertThat(PackVerifier.verify(zip, Optional.of(keys.getPublic())).failures()).isEmpty();
    }

    /** Each entry's name and digest, in order: comparable quickly however large the entries. */
    private static List<String> digests(List<Item> items) {
        return items.stream().map(item -> item.name() + " " + ContentDigest.of(item.content())).toList();
    }

    /** {@code unzip -t}, where the machine has unzip. */
    private static void unzipTest(Path zip) throws IOException {
        Optional<Path> unzip = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> List.of(path.split(java.io.File.pathSeparator)).stream())
                .map(folder -> Path.of(folder, "unzip")).filter(Files::isExecutable).findFirst();
        if (unzip.isEmpty()) {
            return;
        }
        Process process = new ProcessBuilder(unzip.get().toString(), "-t", zip.toString()).redirectErrorStream(true)
                .start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("No errors detected");
    }

    private static int indexOf(byte[] bytes, byte[] signature) {
        for (int i = bytes.length - signature.length; i >= 0; i--) {
            int j = 0;
            while (j < signature.length && bytes[i + j] == signature[j]) {
                j++;
            }
            if (j == signature.length) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewrite(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
