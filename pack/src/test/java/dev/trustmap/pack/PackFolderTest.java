package dev.trustmap.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.pack.Verification.Failure;
import dev.trustmap.pack.Verification.SignatureCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackFolderTest {

    @TempDir
    Path dir;

    private final KeyPair keys = SigningKeys.generate();
    private Path folder;
    private Path zip;

    @BeforeEach
    void unpackedBesideItsPack() throws IOException {
        folder = PackFixture.stage(dir.resolve("trustmap-2026-Q3"));
        zip = dir.resolve("trustmap-2026-Q3.zip");
        PackManifest manifest = PackWriter.write(folder, PackFixture.HEADER, PackFixture.INPUTS, PackFixture.SKIPPED,
                Optional.of(keys.getPrivate()), zip);
        PackFolder.writeManifest(folder, manifest, Optional.of(keys.getPrivate()));
    }

    @Test
    void theFolderCarriesTheSameManifestAndSignatureAsThePack() throws IOException {
        assertThat(Files.readAllBytes(folder.resolve("manifest.json")))
                .isEqualTo(PackFixture.items(zip).get(0).content());
        assertThat(Files.readAllBytes(folder.resolve("manifest.sig")))
                .isEqualTo(PackFixture.items(zip).get(1).content());
    }

    @Test
    void anUntouchedFolderVerifiesWithItsKey() {
        Verification verification = PackFolder.verify(folder, Optional.of(keys.getPublic()));
        assertThat(verification.failures()).isEmpty();
        assertThat(verification.signature()).isEqualTo(SignatureCheck.GOOD);
        assertThat(verification.filesChecked()).isEqualTo(6);
    }

    @Test
    void anEditedFileIsNamedWithItsDigestsAndNothingIsHandedOver() throws IOException {
        String forged = "{\"schemaVersion\": 9}\n";
        Files.writeString(folder.resolve("data/assessment.json"), forged);
        VerifiedRead<String> read = PackFolder.verifyAndRead(folder, Optional.empty(), "data/assessment.json",
                in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        String original = PackFixture.FILES.get("data/assessment.json");
        assertThat(read.verification().failures()).containsExactly(new Failure("data/assessment.json",
                "content does not match manifest.json: 21 bytes with SHA-256 " + PackFixture.sha256(forged)
                        + ", expected 21 bytes with SHA-256 " + PackFixture.sha256(original)));
        assertThat(read.content()).isEmpty();
    }

    @Test
    void aFileReachedThroughASymbolicLinkIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.move(folder.resolve("data"), elsewhere.resolve("data"));
        Files.createSymbolicLink(folder.resolve("data"), elsewhere.resolve("data"));
        assertThat(PackFolder.verify(folder, Optional.empty()).failures()).containsExactly(
                new Failure("data/assessment.json", "is reached through a symbolic link (data), so its content could"
                        + " be anywhere"));
    }

    @Test
    void aMissingFileAndAMissingManifestAreNamed() throws IOException {
        Files.delete(folder.resolve("reports/board.html"));
        assertThat(PackFolder.verify(folder, Optional.empty()).failures()).containsExactly(
                new Failure("reports/board.html", "missing from the folder, though manifest.json lists it"));
        Files.delete(folder.resolve("manifest.json"));
        assertThat(PackFolder.verify(folder, Optional.empty()).failures()).containsExactly(
                new Failure("manifest.json", "missing: this folder is not an unpacked trustmap pack"));
    }

    @Test
    void aFolderWhoseSignatureWasRemovedFailsWithAKey() throws IOException {
        Files.delete(folder.resolve("manifest.sig"));
        Verification verification = PackFolder.verify(folder, Optional.of(keys.getPublic()));
        assertThat(verification.signature()).isEqualTo(SignatureCheck.MISSING);
        assertThat(verification.failures()).containsExactly(new Failure("manifest.sig",
                "missing: a public key was given, but the pack is unsigned"));
    }
}
