package dev.trustmap.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void generatedKeysRoundTripThroughPemAndSignAlike() throws IOException {
        KeyPair pair = SigningKeys.generate();
        List<Path> written = SigningKeys.write(pair, dir.resolve("keys"), "trustmap");
        assertThat(written).containsExactly(dir.resolve("keys/trustmap.key"), dir.resolve("keys/trustmap.pub"));
        assertThat(Files.readString(written.get(0))).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .endsWith("\n-----END PRIVATE KEY-----\n");
        assertThat(Files.readString(written.get(1))).startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("\n-----END PUBLIC KEY-----\n");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written.get(0))))
                    .isEqualTo("rw-------");
        }
        PrivateKey privateKey = SigningKeys.readPrivate(written.get(0));
        PublicKey publicKey = SigningKeys.readPublic(written.get(1));
        assertThat(privateKey.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(publicKey.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        byte[] manifest = "{}\n".getBytes(StandardCharsets.UTF_8);
        byte[] signature = ManifestSignature.sign(manifest, privateKey);
        // Ed25519 is deterministic: the same manifest and key give the same signature, so packs stay identical
        assertThat(ManifestSignature.sign(manifest, pair.getPrivate())).isEqualTo(signature);
        assertThat(signature).hasSize(89).endsWith('\n');
        assertThat(ManifestSignature.verifies(manifest, ManifestSignature.decode(signature).orElseThrow(),
                publicKey)).isTrue();
        assertThat(SigningKeys.fingerprint(publicKey)).matches("sha256:[0-9a-f]{16}");
    }

    @Test
    void existingKeysAreNeverOverwritten() throws IOException {
        SigningKeys.write(SigningKeys.generate(), dir, "trustmap");
        byte[] before = Files.readAllBytes(dir.resolve("trustmap.key"));
        Files.delete(dir.resolve("trustmap.pub"));
        assertThatThrownBy(() -> SigningKeys.write(SigningKeys.generate(), dir, "trustmap"))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageEndingWith("trustmap.key");
        assertThat(Files.readAllBytes(dir.resolve("trustmap.key"))).isEqualTo(before);
        assertThat(dir.resolve("trustmap.pub")).doesNotExist();
    }

    @Test
    void anRsaKeyIsNamedAsSuch() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        KeyPair pair = rsa.generateKeyPair();
        Path key = Files.writeString(dir.resolve("rsa.key"), SigningKeys.pem("PRIVATE KEY", pair.getPrivate()
                .getEncoded()));
        Path pub = Files.writeString(dir.resolve("rsa.pub"), SigningKeys.pem("PUBLIC KEY", pair.getPublic()
                .getEncoded()));
        assertThatThrownBy(() -> SigningKeys.readPrivate(key)).isInstanceOf(InputException.class)
                .hasMessage(key + ": is an RSA private key; trustmap signs packs with Ed25519 only. Fix: Generate a"
                        + " key pair with 'trustmap keys generate --out DIR' (or 'openssl genpkey -algorithm"
                        + " ed25519').");
        assertThatThrownBy(() -> SigningKeys.readPublic(pub)).isInstanceOf(InputException.class)
                .hasMessageContaining("is an RSA public key; trustmap signs packs with Ed25519 only.");
    }

    @Test
    void anEd448KeyIsNotTakenForEd25519() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        Path key = Files.writeString(dir.resolve("ed448.key"), SigningKeys.pem("PRIVATE KEY", pair.getPrivate()
                .getEncoded()));
        assertThatThrownBy(() -> SigningKeys.readPrivate(key)).isInstanceOf(InputException.class)
                .hasMessageContaining("is an Ed448 private key");
    }

    @Test
    void aPublicKeyWhereThePrivateIsNeededAndTheOtherWayRound() throws IOException {
        SigningKeys.write(SigningKeys.generate(), dir, "trustmap");
        assertThatThrownBy(() -> SigningKeys.readPrivate(dir.resolve("trustmap.pub")))
                .isInstanceOf(InputException.class).hasMessage(dir.resolve("trustmap.pub") + ": is a public key (PEM"
                        + " 'PUBLIC KEY'), but signing needs the private key. Fix: Give the .key file written beside"
                        + " this .pub.");
        assertThatThrownBy(() -> SigningKeys.readPublic(dir.resolve("trustmap.key")))
                .isInstanceOf(InputException.class).hasMessageContaining(": is a private key, but verifying needs"
                        + " the public key.");
    }

    @Test
    void aFileThatIsNotPemSaysWhatWasExpected() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        assertThatThrownBy(() -> SigningKeys.readPublic(text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(text + ": is not a PEM key file: expected a line '-----BEGIN PUBLIC"
                        + " KEY-----'.");
        Path der = Files.write(dir.resolve("key.der"), SigningKeys.generate().getPublic().getEncoded());
        assertThatThrownBy(() -> SigningKeys.readPublic(der)).isInstanceOf(InputException.class)
                .hasMessageContaining("looks like a binary (DER) key; trustmap reads PEM.");
        Path rsaPkcs1 = Files.writeString(dir.resolve("old.key"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n"
                + "-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> SigningKeys.readPrivate(rsaPkcs1)).isInstanceOf(InputException.class)
                .hasMessageContaining("is an RSA key (PEM 'RSA PRIVATE KEY'); trustmap needs an Ed25519 private key");
    }

    @Test
    void thePublicKeyIsDerivedFromThePrivateKeyAsReadFromItsFile() throws IOException {
        KeyPair pair = SigningKeys.generate();
        List<Path> written = SigningKeys.write(pair, dir, "trustmap");
        PublicKey derived = SigningKeys.publicKeyOf(SigningKeys.readPrivate(written.get(0)));
        assertThat(derived.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(SigningKeys.fingerprint(derived)).isEqualTo(SigningKeys.fingerprint(pair.getPublic()));
    }
}
