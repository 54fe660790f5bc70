package dev.trustmap.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.pack.PackFixture.Item;
import dev.trustmap.pack.Verification.Failure;
import dev.trustmap.pack.Verification.SignatureCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackVerifierTest {

    @TempDir
    Path dir;

    private final KeyPair keys = SigningKeys.generate();
    private Path signed;
    private Path unsigned;

    @BeforeEach
    void pack() throws IOException {
        Path staged = PackFixture.stage(dir.resolve("staged"));
        signed = PackFixture.pack(staged, keys.getPrivate(), dir.resolve("signed.zip"));
        unsigned = PackFixture.pack(staged, Optional.empty(), dir.resolve("unsigned.zip"));
    }

    @Test
    void aFreshSignedPackVerifiesWithItsPublicKey() {
        Verification verification = PackVerifier.verify(signed, Optional.of(keys.getPublic()));
        assertThat(verification.failures()).isEmpty();
        assertThat(verification.passed()).isTrue();
        assertThat(verification.signature()).isEqualTo(SignatureCheck.GOOD);
        assertThat(verification.filesChecked()).isEqualTo(6);
        assertThat(verification.manifest().orElseThrow().header()).isEqualTo(PackFixture.HEADER);
    }

    @Test
    void aFreshUnsignedPackVerifiesWithoutAKey() {
        Verification verification = PackVerifier.verify(unsigned, Optional.empty());
        assertThat(verification.failures()).isEmpty();
        assertThat(verification.signature()).isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(verification.filesChecked()).isEqualTo(6);
    }

    @Test
    void aSignedPackWithoutAKeyPassesOnContentAndSaysTheSignatureWasNotChecked() {
        Verification verification = PackVerifier.verify(signed, Optional.empty());
        assertThat(verification.failures()).isEmpty();
        assertThat(verification.signature()).isEqualTo(SignatureCheck.NOT_CHECKED);
    }

    @Test
    void aKeyGivenForAnUnsignedPackFails() {
        Verification verification = PackVerifier.verify(unsigned, Optional.of(keys.getPublic()));
        assertThat(verification.signature()).isEqualTo(SignatureCheck.MISSING);
        assertThat(verification.failures()).containsExactly(new Failure("manifest.sig",
                "missing: a public key was given, but the pack is unsigned"));
    }

    @Test
    void theWrongPublicKeyFailsAndTheManifestNamesTheRightOne() {
        KeyPair other = SigningKeys.generate();
        Verification verification = PackVerifier.verify(signed, Optional.of(other.getPublic()));
        assertThat(verification.signature()).isEqualTo(SignatureCheck.BAD);
        assertThat(verification.failures()).containsExactly(new Failure("manifest.json", "names signer "
                + SigningKeys.fingerprint(keys.getPublic()) + ", but the public key given is "
                + SigningKeys.fingerprint(other.getPublic()) + ": the pack was signed with another key"),
                new Failure("manifest.sig", "does not verify"
                + " manifest.json with public key " + SigningKeys.fingerprint(other.getPublic()) + ": manifest.json or"
                + " manifest.sig was changed after signing, or the pack was signed with another key"));
    }

    @Test
    void changingAnyByteOfAnyEntryFailsAndNamesTheEntry() throws IOException {
        List<Item> items = PackFixture.items(signed);
        assertThat(items).hasSize(8);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int length = item.content().length;
            for (int at : new int[] {0, length / 2, length - 1}) {
                List<Item> altered = new ArrayList<>(items);
                altered.set(i, new Item(item.name(), PackFixture.flipped(item.content(), at)));
                Path zip = PackFixture.zip(dir.resolve("altered-" + i + "-" + at + ".zip"), altered);
                Verification verification = PackVerifier.verify(zip, Optional.of(keys.getPublic()));
                assertThat(verification.passed()).as("%s byte %d", item.name(), at).isFalse();
                assertThat(verification.failures()).as("%s byte %d", item.name(), at)
                        .anySatisfy(f -> assertThat(f.describe()).contains(item.name()));
            }
        }
    }

    @Test
    void aChangedFileIsNamedWithItsDigests() throws IOException {
        List<Item> items = new ArrayList<>(PackFixture.items(unsigned));
        String findings = "id,control,identity\nF-1,LFC-01,ci-deployer\n";
        items.set(6, new Item("reports/findings.csv", "id,control,identity\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(items.get(6).name()).isEqualTo("reports/findings.csv");
        Verification verification = PackVerifier.verify(PackFixture.zip(dir.resolve("a.zip"), items),
                Optional.empty());
        assertThat(verification.failures()).containsExactly(new Failure("reports/findings.csv",
                "content does not match manifest.json: 20 bytes with SHA-256 "
                        + PackFixture.sha256("id,control,identity\n") + ", expected 43 bytes with SHA-256 "
                        + PackFixture.sha256(findings)));
    }

    @Test
    void aRawByteFlipInsideAnyEntrysStoredDataFailsAndNamesTheEntry() throws IOException {
        byte[] original = Files.readAllBytes(signed);
        for (DataRegion region : regions(signed, original)) {
            for (long at : new long[] {region.start(), region.start() + region.length() / 2,
                region.start() + region.length() - 1}) {
                byte[] altered = PackFixture.flipped(original, (int) at);
                Path zip = Files.write(dir.resolve("flipped-" + at + ".zip"), altered);
                Verification verification = PackVerifier.verify(zip, Optional.of(keys.getPublic()));
                assertThat(verification.failures()).as("%s at %d", region.name(), at)
                        .anySatisfy(f -> assertThat(f.describe()).contains(region.name()));
            }
        }
    }

    @Test
    void noSingleByteFlipInTheArchivesHeadersChangesWhatAZipToolExtractsWithoutFailing() throws IOException {
        byte[] original = Files.readAllBytes(signed);
        List<Item> expected = PackFixture.items(signed);
        List<DataRegion> regions = regions(signed, original);
        int flips = 0;
        int unnoticed = 0;
        for (int at = 0; at < original.length; at++) {
            int offset = at;
            if (regions.stream().anyMatch(r -> offset >= r.start() && offset < r.start() + r.length())) {
                continue; // data: the test above
            }
            flips++;
            // a new file each time: rewriting one file in place makes ext4 flush it, a hundred times slower
            Path zip = Files.write(dir.resolve("flipped-" + at + ".zip"), PackFixture.flipped(original, at));
            Verification verification;
            try {
                // content only: Ed25519 in Java 17 takes milliseconds, and no signed byte is flipped here
                verification = PackVerifier.verify(zip, Optional.empty());
            } catch (InputException unreadable) {
                continue;
            }
            if (verification.passed()) {
                // only bytes that carry no content (times, versions, attributes) may change unnoticed
                List<Item> extracted = PackFixture.items(zip);
                assertThat(extracted).as("flip at %d", at).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(extracted.get(i).name()).as("flip at %d", at).isEqualTo(expected.get(i).name());
                    assertThat(extracted.get(i).content()).as("flip at %d", at).isEqualTo(expected.get(i).content());
                }
                unnoticed++;
            }
        }
        assertThat(flips).isGreaterThan(500);
        assertThat(unnoticed).isLessThan(flips / 2);
    }

    @Test
    void anAddedEntryIsNamed() throws IOException {
        List<Item> items = new ArrayList<>(PackFixture.items(signed));
        items.add(new Item("reports/extra.csv", "a\n".getBytes(StandardCharsets.UTF_8)));
        Verification verification = PackVerifier.verify(PackFixture.zip(dir.resolve("a.zip"), items),
                Optional.of(keys.getPublic()));
        assertThat(verification.failures()).containsExactly(new Failure("reports/extra.csv",
                "is not listed in manifest.json (added after packing?)"));
    }

    @Test
    void aRemovedEntryIsNamed() throws IOException {
        List<Item> items = new ArrayList<>(PackFixture.items(signed));
        items.removeIf(item -> item.name().equals("data/assessment.json"));
        Verification verification = PackVerifier.verify(PackFixture.zip(dir.resolve("a.zip"), items),
                Optional.of(keys.getPublic()));
        assertThat(verification.failures()).containsExactly(new Failure("data/assessment.json",
                "missing from the archive, though manifest.json lists it"));
        assertThat(verification.filesChecked()).isEqualTo(5);
    }

    @Test
    void anEditedManifestIsCaughtBySignatureAndWithoutOneByItsForm() throws IOException {
        List<Item> items = new ArrayList<>(PackFixture.items(signed));
        String manifest = new String(items.get(0).content(), StandardCharsets.UTF_8);
        items.set(0, new Item("manifest.json", manifest.replace("2026-Q3", "2026-Q4")
                .getBytes(StandardCharsets.UTF_8)));
        Verification edited = PackVerifier.verify(PackFixture.zip(dir.resolve("a.zip"), items),
                Optional.of(keys.getPublic()));
        assertThat(edited.signature()).isEqualTo(SignatureCheck.BAD);
        assertThat(edited.failures()).extracting(Failure::path).containsExactly("manifest.sig");

        List<Item> reformatted = new ArrayList<>(PackFixture.items(unsigned));
        String json = new String(reformatted.get(0).content(), StandardCharsets.UTF_8);
        reformatted.set(0, new Item("manifest.json", json.replace("  ", "\t").getBytes(StandardCharsets.UTF_8)));
        Verification hand = PackVerifier.verify(PackFixture.zip(dir.resolve("b.zip"), reformatted),
                Optional.empty());
        assertThat(hand.failures()).containsExactly(new Failure("manifest.json", "is not byte for byte what"
                + " trustmap writes for its own content: it was edited after packing"));
    }

    @Test
    void aManifestThatIsNotFirstFails() throws IOException {
        List<Item> items = new ArrayList<>(PackFixture.items(unsigned));
        items.add(items.remove(0));
        Verification verification = PackVerifier.verify(PackFixture.zip(dir.resolve("a.zip"), items),
                Optional.empty());
        assertThat(verification.failures()).containsExactly(new Failure("manifest.json",
                "is not the first entry of the archive ('METHODOLOGY.md' is)"));
    }

    @Test
    void aRemovedSignatureIsCaughtEvenWithoutAKey() throws IOException {
        List<Item> items = new ArrayList<>(PackFixture.items(signed));
        items.remove(1);
        Verification verification = PackVerifier.verify(PackFixture.zip(dir.resolve("a.zip"), items),
                Optional.empty());
        assertThat(verification.failures()).containsExactly(new Failure("manifest.sig",
                "missing, though manifest.json says the pack is signed (Ed25519)"));
    }

    @Test
    void pathsThatLeaveThePackAreRefused() throws IOException {
        for (String name : List.of("../evil", "reports/../../evil", "/etc/evil", "C:/evil", "reports\\evil")) {
            List<Item> items = new ArrayList<>(PackFixture.items(unsigned));
            items.add(new Item(name, "x".getBytes(StandardCharsets.UTF_8)));
            Verification verification = PackVerifier.verify(PackFixture.zip(dir.resolve("slip.zip"), items),
                    Optional.empty());
            assertThat(verification.passed()).isFalse();
            assertThat(verification.failures()).as(name).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo(name);
                assertThat(f.message()).startsWith("refused: its path ").endsWith(", so extracting it could write"
                        + " outside the target folder (zip-slip)");
            });
        }
    }

    @Test
    void anEntryThatInflatesLikeABombIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Item item : PackFixture.items(unsigned)) {
                zip.putNextEntry(new ZipEntry(item.name()));
                zip.write(item.content());
            }
            zip.putNextEntry(new ZipEntry("reports/bomb.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 11; i++) {
                zip.write(zeros);
            }
        }
        Path bomb = Files.write(dir.resolve("bomb.zip"), bytes.toByteArray());
        assertThat(Files.size(bomb)).isLessThan(30_000);
        Verification verification = PackVerifier.verify(bomb, Optional.empty());
        assertThat(verification.failures()).containsExactly(new Failure("reports/bomb.csv", "refused: it inflates"
                + " more than 100 times its compressed size past 10485760 bytes (a zip bomb?)"));
    }

    @Test
    void aPackInflatingPastTheTotalLimitStopsBeingRead() {
        PackLimits limits = new PackLimits(100, 200, 1 << 20, 100, 1 << 20);
        Verification verification = PackVerifier.verify(unsigned, Optional.empty(), limits);
        assertThat(verification.passed()).isFalse();
        assertThat(verification.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("refused: the pack inflates past 200 bytes in all; reading stopped here"));
    }

    @Test
    void aDuplicateEntryNameIsRefused() throws IOException {
        List<Item> items = new ArrayList<>(PackFixture.items(unsigned));
        items.add(new Item("reports/board.htmX", "<script>evil()</script>".getBytes(StandardCharsets.UTF_8)));
        Path zip = PackFixture.zip(dir.resolve("dup.zip"), items);
        // rename the added entry, in its local header and in the central directory, to an existing name
        Path patched = Files.write(dir.resolve("dup2.zip"), replace(Files.readAllBytes(zip), "reports/board.htmX",
                "reports/board.html"));
        Verification verification = PackVerifier.verify(patched, Optional.empty());
        assertThat(verification.failures()).containsExactly(new Failure("reports/board.html",
                "appears more than once in the archive; tools disagree on which copy they extract"));
    }

    @Test
    void localHeadersThatDisagreeWithTheCentralDirectoryFail() throws IOException {
        byte[] bytes = Files.readAllBytes(unsigned);
        // rename reports/board.html in its local header only
        int at = indexOf(bytes, "reports/board.html".getBytes(StandardCharsets.UTF_8), 0);
        byte[] patched = bytes.clone();
        patched[at + "reports/".length()] = 'B';
        Verification verification = PackVerifier.verify(Files.write(dir.resolve("loc.zip"), patched),
                Optional.empty());
        assertThat(verification.failures()).containsExactly(new Failure("reports/Board.html", "differs between"
                + " the archive's local headers and its central directory, so zip tools may extract different"
                + " content"));
    }

    @Test
    void aFileThatIsNotAZipIsBadInput() throws IOException {
        Path text = Files.writeString(dir.resolve("pack.zip"), "not a zip");
        assertThatThrownBy(() -> PackVerifier.verify(text, Optional.empty())).isInstanceOf(InputException.class)
                .hasMessageContaining("pack.zip: cannot be read as a zip archive");
    }

    @Test
    void aZipWithoutAManifestIsNotAPack() throws IOException {
        Path zip = PackFixture.zip(dir.resolve("other.zip"), List.of(new Item("a.txt", new byte[] {'a'})));
        Verification verification = PackVerifier.verify(zip, Optional.empty());
        assertThat(verification.failures()).containsExactly(
                new Failure("manifest.json", "missing: this is not a trustmap pack, or the manifest was removed"));
        assertThat(verification.manifest()).isEmpty();
    }

    @Test
    void onlyASignatureCheckedWithItsKeyMakesThePackVerified() {
        assertThat(PackVerifier.verify(signed, Optional.of(keys.getPublic())).verdict())
                .isEqualTo(Verification.Verdict.VERIFIED);
        assertThat(PackVerifier.verify(signed, Optional.empty()).verdict())
                .isEqualTo(Verification.Verdict.CONTENT_OK_SIGNATURE_NOT_CHECKED);
        assertThat(PackVerifier.verify(unsigned, Optional.empty()).verdict())
                .isEqualTo(Verification.Verdict.CONTENT_OK_UNSIGNED);
        assertThat(PackVerifier.verify(unsigned, Optional.of(keys.getPublic())).verdict())
                .isEqualTo(Verification.Verdict.FAILED);
    }

    @Test
    void aFileIsReadInTheVerifyingPassAndHandedOverOnlyWhenThePackVerifies() throws IOException {
        VerifiedRead<String> read = PackVerifier.verifyAndRead(signed, Optional.of(keys.getPublic()),
                "data/assessment.json", in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertThat(read.verification().failures()).isEmpty();
        assertThat(read.content()).contains("{\"schemaVersion\": 1}\n");
        assertThat(read.unreadable()).isEmpty();

        List<Item> items = new ArrayList<>(PackFixture.items(signed));
        items.set(3, new Item("data/assessment.json", "{\"schemaVersion\": 9}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(items.get(3).name()).isEqualTo("data/assessment.json");
        VerifiedRead<String> forged = PackVerifier.verifyAndRead(PackFixture.zip(dir.resolve("forged.zip"), items),
                Optional.empty(), "data/assessment.json", in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertThat(forged.verification().failures()).extracting(Failure::path).containsExactly("data/assessment.json");
        assertThat(forged.content()).isEmpty();
    }

    @Test
    void aReaderThatStopsEarlyOrCannotReadTheFileLeavesTheVerifierItsWholeDigest() {
        VerifiedRead<Integer> early = PackVerifier.verifyAndRead(unsigned, Optional.empty(), "data/assessment.json",
                in -> {
                    int first = in.read();
                    in.close();
                    return first;
                });
        assertThat(early.verification().failures()).isEmpty();
        assertThat(early.content()).contains((int) '{');

        VerifiedRead<Object> refused = PackVerifier.verifyAndRead(unsigned, Optional.empty(), "data/assessment.json",
                in -> {
                    throw new IOException("not the JSON expected");
                });
        assertThat(refused.verification().failures()).isEmpty();
        assertThat(refused.content()).isEmpty();
        assertThat(refused.unreadable()).hasValueSatisfying(e -> assertThat(e).hasMessage("not the JSON expected"));
    }

    /** Where an entry's compressed data sits in the archive. */
    private record DataRegion(String name, long start, long length) {
    }

    /** Each entry's data, located through its local header (30 bytes, then the name and extra field). */
    private static List<DataRegion> regions(Path zip, byte[] bytes) throws IOException {
        List<DataRegion> regions = new ArrayList<>();
        int from = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                int header = indexOf(bytes, new byte[] {'P', 'K', 3, 4}, from);
                int nameLength = (bytes[header + 26] & 0xff) | (bytes[header + 27] & 0xff) << 8;
                int extraLength = (bytes[header + 28] & 0xff) | (bytes[header + 29] & 0xff) << 8;
                String name = new String(bytes, header + 30, nameLength, StandardCharsets.UTF_8);
                assertThat(name).isEqualTo(entry.getName());
                long start = header + 30 + nameLength + extraLength;
                regions.add(new DataRegion(name, start, entry.getCompressedSize()));
                from = (int) (start + entry.getCompressedSize());
            }
        }
        return regions;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        byte[] copy = bytes.clone();
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i <= copy.length - a.length; i++) {
            if (Arrays.equals(copy, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, copy, i, b.length);
            }
        }
        return copy;
    }
}
