package dev.trustmap.cli.commands.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.pack.PackManifest.Header;
import dev.trustmap.pack.PackManifest.InputRecord;
import dev.trustmap.pack.PackManifest.SkippedInput;
import dev.trustmap.pack.PackWriter;
import dev.trustmap.pack.SigningKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandsTest extends CommandTestBase {

    private static final Header HEADER = new Header("0.1.0", "2026-Q3", Instant.parse("2026-09-30T23:59:59Z"),
            "2026.11", "c".repeat(64), "d".repeat(64));

    @TempDir
    Path dir;

    @Test
    void keysGenerateWritesAPrivateKeyOnlyItsOwnerCanReadAndAPublicKey() throws IOException {
        Run run = trustmap("keys", "generate", "--out", dir.resolve("keys").toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path key = dir.resolve("keys/trustmap.key");
        Path pub = dir.resolve("keys/trustmap.pub");
        assertThat(run.out()).contains("private key  " + key + "  (keep it secret: it signs packs; permission 600)")
                .contains("public key   " + pub + "  (give it to auditors: trustmap pack verify PACK --public-key"
                        + " trustmap.pub)")
                .containsPattern("fingerprint  sha256:[0-9a-f]{16}\n");
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(pub)).startsWith("-----BEGIN PUBLIC KEY-----");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }

    @Test
    void keysGenerateRefusesToOverwriteAKey() throws IOException {
        assertThat(trustmap("keys", "generate", "--out", dir.toString(), "--name", "acme").code()).isZero();
        String before = Files.readString(dir.resolve("acme.key"));
        Run again = trustmap("keys", "generate", "--out", dir.toString(), "--name", "acme");
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains(dir.resolve("acme.key") + ": already exists, and trustmap never overwrites"
                + " a key");
        assertThat(Files.readString(dir.resolve("acme.key"))).isEqualTo(before);
        Run badName = trustmap("keys", "generate", "--out", dir.toString(), "--name", "../acme");
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.err()).contains("--name: '../acme' must be letters, digits");
    }

    @Test
    void verifyPassesOnAFreshSignedPackWithItsKey() throws IOException {
        Path zip = pack(true);
        Run run = trustmap("pack", "verify", zip.toString(), "--public-key", dir.resolve("keys/trustmap.pub")
                .toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("pack       " + zip + ": period 2026-Q3, as of 2026-09-30T23:59:59Z\n"
                + "files      3 checked against manifest.json\n"
                + "signer     " + fingerprint() + ", as manifest.json names it\n"
                + "signature  good: Ed25519 with public key " + fingerprint() + "\n"
                + "verdict    VERIFIED\n");
    }

    @Test
    void verifyWithoutAKeyChecksContentAndSaysTheSignatureWasNotChecked() throws IOException {
        Run run = trustmap("pack", "verify", pack(true).toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("signature  not checked: no --public-key given\n")
                .endsWith("verdict    CONTENT OK, SIGNATURE NOT CHECKED\n");
        Run unsigned = trustmap("pack", "verify", pack(false).toString(), "--public-key",
                dir.resolve("keys/trustmap.pub").toString());
        assertThat(unsigned.code()).isEqualTo(1);
        assertThat(unsigned.out()).startsWith("FAIL manifest.sig: missing: a public key was given, but the pack is"
                + " unsigned\n").contains("signature  MISSING: --public-key given, but the pack is unsigned\n")
                .endsWith("verdict    FAILED: 1 problem\n");
    }

    @Test
    void verifyNamesEveryAlteredFileAndExitsOne() throws IOException {
        Path zip = pack(true);
        Path altered = rezip(zip, "reports/findings.csv", "id,control\n", "reports/extra.csv");
        Run run = trustmap("pack", "verify", altered.toString(), "--public-key",
                dir.resolve("keys/trustmap.pub").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.startsWith("FAIL "))).containsExactly(
                "FAIL reports/findings.csv: content does not match manifest.json: 11 bytes with SHA-256"
                        + " " + sha256("id,control\n") + ", expected 34 bytes"
                        + " with SHA-256 " + sha256("id,control,identity\nF-1,LFC-01,ci\n"),
                "FAIL reports/extra.csv: is not listed in manifest.json (added after packing?)");
        assertThat(run.out()).endsWith("verdict    FAILED: 2 problems\n");
    }

    @Test
    void verifyAsJsonListsTheFailures() throws IOException {
        Path zip = pack(true);
        Run run = trustmap("pack", "verify", zip.toString(), "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("verdict").asText()).isEqualTo("content-ok-signature-not-checked");
        assertThat(json.get("verified").asBoolean()).isFalse();
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("period").asText()).isEqualTo("2026-Q3");
        assertThat(json.get("filesChecked").asInt()).isEqualTo(3);
        assertThat(json.get("signer").asText()).isEqualTo(fingerprint());
        assertThat(json.get("signature").asText()).isEqualTo("not-checked");
        assertThat(json.get("signatureChecked").asBoolean()).isFalse();
        assertThat(json.get("publicKey").isNull()).isTrue();
        assertThat(json.get("failures")).isEmpty();
        List<String> fields = List.of("pack", "verdict", "verified", "passed", "period", "asOf", "filesChecked",
                "signer", "signature", "signatureChecked", "publicKey", "failures");
        assertThat(json.fieldNames()).toIterable().containsExactlyElementsOf(fields);
    }

    @Test
    void aFileThatIsNotAZipOrAWrongKeyIsBadInput() throws IOException {
        Path text = Files.writeString(dir.resolve("trustmap-2026-Q3.zip"), "not a zip\n");
        Run run = trustmap("pack", "verify", text.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(text + ": cannot be read as a zip archive");
        Path zip = pack(true);
        Run privateKey = trustmap("pack", "verify", zip.toString(), "--public-key",
                dir.resolve("keys/trustmap.key").toString());
        assertThat(privateKey.code()).isEqualTo(3);
        assertThat(privateKey.err()).contains("trustmap.key: is a private key, but verifying needs the public key.");
        Run missing = trustmap("pack", "verify", dir.resolve("nothing.zip").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("nothing.zip: does not exist.");
    }

    @Test
    void aZipSlipEntryIsRefusedByName() throws IOException {
        Path zip = pack(false);
        Path slip = rezip(zip, null, null, "../evil.sh");
        Run run = trustmap("pack", "verify", slip.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL ../evil.sh: refused: its path climbs out of the pack with '..', so"
                + " extracting it could write outside the target folder (zip-slip)\n");
    }

    @Test
    void showSummarisesTheManifest() throws IOException {
        Path zip = pack(true);
        Run run = trustmap("pack", "show", zip.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("pack       " + zip + " (trustmap-pack/1)\n"
                + "period     2026-Q3, as of 2026-09-30T23:59:59Z\n"
                + "trustmap   0.1.0\n"
                + "catalog    2026.11, sha256 " + "c".repeat(64) + "\n"
                + "policy     sha256 " + "d".repeat(64) + "\n"
                + "signature  Ed25519 (manifest.sig)\n"
                + "files      3, 67 bytes\n"
                + "\n"
                + "folder    files  bytes\n"
                + "--------  -----  -----\n"
                + "(root)    1      10\n"
                + "inputs/   1      23\n"
                + "reports/  1      34\n"
                + "\n"
                + "inputs (1):\n"
                + "name                   format         sha256             stored as\n"
                + "---------------------  -------------  -----------------  --------------\n"
                + "exports/inventory.csv  inventory-csv  aaaaaaaaaaaaaaaa…  inputs/inv.csv\n"
                + "\n"
                + "skipped inputs (1):\n"
                + "name               sha256             reason\n"
                + "-----------------  -----------------  -----------------------\n"
                + "exports/notes.txt  bbbbbbbbbbbbbbbb…  not a recognised format\n"
                + "\n"
                + "Nothing above is verified: run 'trustmap pack verify " + zip + " --public-key KEY.pub' to check"
                + " the pack.\n");
    }

    @Test
    void showAsJsonGivesEveryFileAndInput() throws IOException {
        Run run = trustmap("pack", "show", pack(false).toString(), "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("signature").asText()).isEqualTo("none");
        assertThat(json.get("signaturePresent").asBoolean()).isFalse();
        assertThat(json.get("folders").get(0).get("folder").asText()).isEmpty();
        assertThat(json.get("entries")).hasSize(3);
        assertThat(json.get("entries").get(2).get("path").asText()).isEqualTo("reports/findings.csv");
        String stored = sha256("id,kind\nci,token\nx,y,z\n");
        assertThat(json.get("entries").get(1).get("sha256").asText()).isEqualTo(stored);
        assertThat(json.get("inputs").get(0).get("storedSha256").asText()).isEqualTo(stored);
        assertThat(json.get("inputs").get(0).fieldNames()).toIterable().containsExactly("name", "format",
                "originalSha256", "storedPath", "storedSha256");
        assertThat(json.get("skipped").get(0).get("reason").asText()).isEqualTo("not a recognised format");
    }

    /** A three-file pack, signed with keys/trustmap.key (written on first use) or unsigned. */
    private Path pack(boolean signed) throws IOException {
        Path staged = dir.resolve("staged");
        if (!Files.exists(staged)) {
            Files.createDirectories(staged.resolve("inputs"));
            Files.createDirectories(staged.resolve("reports"));
            Files.writeString(staged.resolve("METHODOLOGY.md"), "# Method\n\n");
            Files.writeString(staged.resolve("inputs/inv.csv"), "id,kind\nci,token\nx,y,z\n");
            Files.writeString(staged.resolve("reports/findings.csv"), "id,control,identity\nF-1,LFC-01,ci\n");
        }
        if (!Files.exists(dir.resolve("keys/trustmap.key"))) {
            assertThat(trustmap("keys", "generate", "--out", dir.resolve("keys").toString()).code()).isZero();
        }
        Optional<PrivateKey> key = signed
                ? Optional.of(SigningKeys.readPrivate(dir.resolve("keys/trustmap.key"))) : Optional.empty();
        Path zip = dir.resolve(signed ? "signed" : "unsigned").resolve(HEADER.zipName());
        PackWriter.write(staged, HEADER, List.of(InputRecord.stored("exports/inventory.csv", "inventory-csv",
                "a".repeat(64), "inputs/inv.csv")), List.of(new SkippedInput("exports/notes.txt", "b".repeat(64),
                "not a recognised format")), key, zip);
        return zip;
    }

    private String fingerprint() {
        return SigningKeys.fingerprint(SigningKeys.readPublic(dir.resolve("keys/trustmap.pub")));
    }

    /** The pack re-zipped with one entry's content replaced and one entry added (either may be null). */
    private Path rezip(Path zip, String replace, String content, String add) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    out.write(entry.getName().equals(replace) ? content.getBytes(StandardCharsets.UTF_8)
                            : data.readAllBytes());
                }
            }
            if (add != null) {
                out.putNextEntry(new ZipEntry(add));
                out.write("x\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return Files.write(dir.resolve("altered-" + System.nanoTime() + ".zip"),
                bytes.toByteArray());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
