package dev.trustmap.cli.commands.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.pack.PackManifest.Header;
import dev.trustmap.pack.PackWriter;
import dev.trustmap.pack.SigningKeys;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker can do to a signed pack that an auditor holds, and what {@code pack verify} says of it. Each pack
 * is written by {@link PackWriter}, then re-signed, stripped or altered byte by byte as a forger would.
 */
class PackAttacksTest extends CommandTestBase {

    private static final Header HEADER = new Header("0.1.0", "2026-Q3", Instant.parse("2026-09-30T23:59:59Z"),
            "2026.11", "c".repeat(64), "d".repeat(64));
    private static final String FINDINGS = "reports/findings.csv";

    @TempDir
    Path dir;

    private Path genuine;
    private Path owner;
    private Path forger;

    @BeforeEach
    void aSignedPackAndTwoKeyPairs() throws IOException {
        assertThat(trustmap("keys", "generate", "--out", dir.resolve("owner").toString()).code()).isZero();
        assertThat(trustmap("keys", "generate", "--out", dir.resolve("forger").toString()).code()).isZero();
        owner = dir.resolve("owner/trustmap.pub");
        forger = dir.resolve("forger/trustmap.pub");
        genuine = pack("genuine", "F-1,LFC-01,ci\n", Optional.of(dir.resolve("owner/trustmap.key")));
    }

    @Test
    void aPackResignedWithAnotherKeyIsNotCalledVerifiedWithoutAKey() throws IOException {
        Path forged = pack("forged", "", Optional.of(dir.resolve("forger/trustmap.key")));
        Run run = trustmap("pack", "verify", forged.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("pack       " + forged + ": period 2026-Q3, as of 2026-09-30T23:59:59Z\n"
                + "files      3 checked against manifest.json\n"
                + "signer     " + fingerprint(forger) + ", as manifest.json names it (unproven until checked"
                + " with --public-key)\n"
                + "signature  not checked: no --public-key given\n"
                + "verdict    CONTENT OK, SIGNATURE NOT CHECKED\n");
    }

    @Test
    void aPackResignedWithAnotherKeyFailsWithTheOwnersKey() throws IOException {
        Path forged = pack("forged", "", Optional.of(dir.resolve("forger/trustmap.key")));
        Run run = trustmap("pack", "verify", forged.toString(), "--public-key", owner.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAIL manifest.json: names signer " + fingerprint(forger) + ", but the"
                + " public key given is " + fingerprint(owner) + ": the pack was signed with another key\n"
                + "FAIL manifest.sig: does not verify manifest.json with public key " + fingerprint(owner)
                + ": manifest.json or manifest.sig was changed after signing, or the pack was signed with another"
                + " key\n"
                + "pack       " + forged + ": period 2026-Q3, as of 2026-09-30T23:59:59Z\n"
                + "files      3 checked against manifest.json\n"
                + "signer     " + fingerprint(forger) + ", as manifest.json names it\n"
                + "signature  BAD with public key " + fingerprint(owner) + "\n"
                + "verdict    FAILED: 2 problems\n");
    }

    @Test
    void aStrippedSignatureWithTheManifestSayingNoneFailsWithTheOwnersKey() throws IOException {
        Path stripped = pack("stripped", "", Optional.empty());
        Run run = trustmap("pack", "verify", stripped.toString(), "--public-key", owner.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAIL manifest.sig: missing: a public key was given, but the pack is"
                + " unsigned\n"
                + "pack       " + stripped + ": period 2026-Q3, as of 2026-09-30T23:59:59Z\n"
                + "files      3 checked against manifest.json\n"
                + "signer     none: manifest.json names no signer\n"
                + "signature  MISSING: --public-key given, but the pack is unsigned\n"
                + "verdict    FAILED: 1 problem\n");
    }

    @Test
    void aStrippedSignatureWithoutAKeyIsContentOkAndUnsignedNeverVerified() throws IOException {
        Path stripped = pack("stripped", "", Optional.empty());
        Run run = trustmap("pack", "verify", stripped.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("pack       " + stripped + ": period 2026-Q3, as of 2026-09-30T23:59:59Z\n"
                + "files      3 checked against manifest.json\n"
                + "signer     none: manifest.json names no signer\n"
                + "signature  none: the pack is unsigned\n"
                + "verdict    CONTENT OK, UNSIGNED\n");
    }

    @Test
    void requireSignatureFailsAStrippedPackAndPassesTheGenuineOne() throws IOException {
        Path stripped = pack("stripped", "", Optional.empty());
        Run refused = trustmap("pack", "verify", stripped.toString(), "--public-key", owner.toString(),
                "--require-signature");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).endsWith("verdict    FAILED: 1 problem\n");
        Run passed = trustmap("pack", "verify", genuine.toString(), "--public-key", owner.toString(),
                "--require-signature");
        assertThat(passed.code()).as(passed.err()).isZero();
        assertThat(passed.out()).endsWith("signer     " + fingerprint(owner) + ", as manifest.json names it\n"
                + "signature  good: Ed25519 with public key " + fingerprint(owner) + "\n"
                + "verdict    VERIFIED\n");
    }

    @Test
    void requireSignatureWithoutAPublicKeyIsAUsageError() {
        Run run = trustmap("pack", "verify", genuine.toString(), "--require-signature");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--require-signature needs --public-key FILE: a signature can only be"
                + " checked against the signer's public key.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verifiedNeverAppearsWithoutAKeyWhateverThePack() throws IOException {
        List<Path> packs = List.of(genuine, pack("forged", "", Optional.of(dir.resolve("forger/trustmap.key"))),
                pack("stripped", "", Optional.empty()));
        for (Path pack : packs) {
            Run table = trustmap("pack", "verify", pack.toString());
            assertThat(table.code()).as(pack.toString()).isZero();
            assertThat(table.out()).as(pack.toString()).doesNotContain("VERIFIED");
            JsonNode json = trustmap("pack", "verify", pack.toString(), "--format", "json").json();
            assertThat(json.get("verified").asBoolean()).as(pack.toString()).isFalse();
            assertThat(json.get("passed").asBoolean()).as(pack.toString()).isTrue();
            assertThat(json.get("signatureChecked").asBoolean()).as(pack.toString()).isFalse();
            assertThat(json.get("verdict").asText()).as(pack.toString()).startsWith("content-ok-");
        }
    }

    @Test
    void aZipCommentIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(genuine);
        byte[] comment = "signed off by the CISO".getBytes(StandardCharsets.US_ASCII);
        byte[] commented = Arrays.copyOf(bytes, bytes.length + comment.length);
        // the end-of-central-directory record is the last 22 bytes; its last two give the comment's length
        ByteBuffer.wrap(commented).order(ByteOrder.LITTLE_ENDIAN).putShort(bytes.length - 2, (short) comment.length);
        System.arraycopy(comment, 0, commented, bytes.length, comment.length);
        Run run = verifyWithOwnersKey(Files.write(dir.resolve("trustmap-2026-Q3.zip"), commented));
        assertThat(run.code()).isEqualTo(1);
        assertThat(failures(run)).containsExactly("FAIL trustmap-2026-Q3.zip: has a zip comment of 22 bytes;"
                + " trustmap writes none, and no check covers what a comment says");
        assertThat(run.out()).endsWith("verdict    FAILED: 1 problem\n");
    }

    @Test
    void bytesAfterTheEndOfTheArchiveAreRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(genuine);
        byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1000);
        Run run = verifyWithOwnersKey(Files.write(dir.resolve("trustmap-2026-Q3.zip"), trailing));
        assertThat(run.code()).isEqualTo(1);
        assertThat(failures(run)).containsExactly("FAIL trustmap-2026-Q3.zip: 1000 bytes follow the end of the"
                + " archive (its end-of-central-directory record); trustmap writes none, and no check covers them");
    }

    @Test
    void bytesBeforeTheFirstEntryAreRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(genuine);
        byte[] leading = new byte[bytes.length + 64];
        System.arraycopy(bytes, 0, leading, 64, bytes.length);
        Run run = verifyWithOwnersKey(Files.write(dir.resolve("trustmap-2026-Q3.zip"), leading));
        assertThat(run.code()).isEqualTo(1);
        assertThat(failures(run)).startsWith("FAIL trustmap-2026-Q3.zip: 64 bytes come before the first entry;"
                + " trustmap writes none, and no check covers them");
    }

    @Test
    void anEntryMarkedAsASymbolicLinkIsRefused() throws IOException {
        Path link = Files.write(dir.resolve("trustmap-2026-Q3.zip"),
                withAttributes(Files.readAllBytes(genuine), FINDINGS, 3, 0120777 << 16));
        Run run = verifyWithOwnersKey(link);
        assertThat(run.code()).isEqualTo(1);
        assertThat(failures(run)).containsExactly("FAIL reports/findings.csv: refused: its zip attributes make it a"
                + " symbolic link (unix mode 0120777), not a regular file: unzip would create the link, and later"
                + " entries could be written through it to outside the target folder");
        assertThat(run.out()).endsWith("verdict    FAILED: 1 problem\n");
    }

    @Test
    void anEntryMarkedAsADirectoryOrADeviceIsRefused() throws IOException {
        Path directory = Files.write(dir.resolve("directory.zip"),
                withAttributes(Files.readAllBytes(genuine), FINDINGS, 3, 040755 << 16 | 0x10));
        Run run = verifyWithOwnersKey(directory);
        assertThat(run.code()).isEqualTo(1);
        assertThat(failures(run)).containsExactly("FAIL reports/findings.csv: refused: its zip attributes make it a"
                + " directory (unix mode 040755), not a regular file, which is all a pack holds");
        Path device = Files.write(dir.resolve("device.zip"),
                withAttributes(Files.readAllBytes(genuine), FINDINGS, 3, 020644 << 16));
        assertThat(failures(verifyWithOwnersKey(device))).containsExactly("FAIL reports/findings.csv: refused: its"
                + " zip attributes make it a character device (unix mode 020644), not a regular file, which is all a"
                + " pack holds");
    }

    @Test
    void aRegularFileModeAsUnixZipToolsWriteItIsAccepted() throws IOException {
        Path regular = Files.write(dir.resolve("regular.zip"),
                withAttributes(Files.readAllBytes(genuine), FINDINGS, 3, 0100644 << 16));
        Run run = verifyWithOwnersKey(regular);
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).endsWith("signer     " + fingerprint(owner) + ", as manifest.json names it\n"
                + "signature  good: Ed25519 with public key " + fingerprint(owner) + "\n"
                + "verdict    VERIFIED\n");
    }

    @Test
    void theJsonGivesTheSignerAndWhetherTheSignatureWasChecked() {
        JsonNode checked = trustmap("pack", "verify", genuine.toString(), "--public-key", owner.toString(),
                "--format", "json").json();
        assertThat(checked.fieldNames()).toIterable().containsExactly("pack", "verdict", "verified", "passed",
                "period", "asOf", "filesChecked", "signer", "signature", "signatureChecked", "publicKey", "failures");
        assertThat(checked.get("verdict").asText()).isEqualTo("verified");
        assertThat(checked.get("verified").asBoolean()).isTrue();
        assertThat(checked.get("signer").asText()).isEqualTo(fingerprint(owner));
        assertThat(checked.get("signatureChecked").asBoolean()).isTrue();
        JsonNode unchecked = trustmap("pack", "verify", genuine.toString(), "--format", "json").json();
        assertThat(unchecked.get("verdict").asText()).isEqualTo("content-ok-signature-not-checked");
        assertThat(unchecked.get("signer").asText()).isEqualTo(fingerprint(owner));
        assertThat(unchecked.get("signatureChecked").asBoolean()).isFalse();
    }

    /** A three-file pack whose findings end with {@code findings}, signed with {@code key} when given. */
    private Path pack(String name, String findings, Optional<Path> key) throws IOException {
        Path staged = dir.resolve("staged-" + name);
        Files.createDirectories(staged.resolve("inputs"));
        Files.createDirectories(staged.resolve("reports"));
        Files.writeString(staged.resolve("METHODOLOGY.md"), "# Method\n\n");
        Files.writeString(staged.resolve("inputs/inv.csv"), "id,kind\nci,token\n");
        Files.writeString(staged.resolve(FINDINGS), "id,control,identity\n" + findings);
        Optional<PrivateKey> signKey = key.map(SigningKeys::readPrivate);
        Path zip = dir.resolve(name).resolve(HEADER.zipName());
        PackWriter.write(staged, HEADER, List.of(), List.of(), signKey, zip);
        return zip;
    }

    private Run verifyWithOwnersKey(Path zip) {
        return trustmap("pack", "verify", zip.toString(), "--public-key", owner.toString());
    }

    private static List<String> failures(Run run) {
        return run.out().lines().filter(l -> l.startsWith("FAIL ")).toList();
    }

    private static String fingerprint(Path publicKey) {
        return SigningKeys.fingerprint(SigningKeys.readPublic(publicKey));
    }

    /**
     * The zip with one entry's central directory record claiming another origin and other attributes: the
     * "version made by" (its high byte names the system, 3 for Unix) and the external attributes (a Unix mode in
     * the high 16 bits, MS-DOS attributes in the low byte). The content is untouched.
     */
    private static byte[] withAttributes(byte[] zip, String entry, int system, int attributes) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.wrap(zip.clone()).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 + name.length <= zip.length; at++) {
            if (bytes.getInt(at) == 0x02014b50 && bytes.getShort(at + 28) == name.length
                    && Arrays.equals(zip, at + 46, at + 46 + name.length, name, 0, name.length)) {
                bytes.putShort(at + 4, (short) (system << 8 | 20));
                bytes.putInt(at + 38, attributes);
                return bytes.array();
            }
        }
        throw new AssertionError(entry + " is not in the central directory");
    }
}
