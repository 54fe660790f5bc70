package dev.trustmap.pack;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.KeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 key files, as OpenSSL writes them: the private key as PKCS#8 PEM ({@code PRIVATE KEY}), the public key
 * as X.509 SubjectPublicKeyInfo PEM ({@code PUBLIC KEY}). {@code openssl genpkey -algorithm ed25519} keys work too.
 */
public final class SigningKeys {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----");
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";
    private static final int MAX_KEY_FILE = 64 << 10;
    /** Tried in turn to name a key that is not Ed25519. */
    private static final List<String> OTHER_ALGORITHMS = List.of("Ed448", "RSA", "EC", "DSA", "X25519", "X448");
    private static final String GENERATE = "Generate a key pair with 'trustmap keys generate --out DIR' (or"
            + " 'openssl genpkey -algorithm ed25519').";

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(PackManifest.ED25519).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 15 and later have Ed25519", e);
        }
    }

    /** True for an Ed25519 key (not Ed448, which the JDK also calls EdDSA). */
    public static boolean isEd25519(Key key) {
        return key instanceof EdECKey ed && PackManifest.ED25519.equalsIgnoreCase(ed.getParams().getName());
    }

    /**
     * Writes {@code <name>.key} (permission 600 where the file system has POSIX permissions) and {@code <name>.pub}.
     *
     * @return the two files written, private first
     * @throws FileAlreadyExistsException when either exists; neither is then written
     * @throws NotDirectoryException when {@code dir} exists but is not a folder
     */
    public static List<Path> write(KeyPair pair, Path dir, String name) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        Path privateFile = dir.resolve(name + ".key");
        Path publicFile = dir.resolve(name + ".pub");
        for (Path file : List.of(privateFile, publicFile)) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(file.toString());
            }
        }
        Files.createDirectories(dir);
        // created with its final permission, so the key is never readable by others, even for a moment
        try {
            Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(privateFile);
        }
        Files.writeString(privateFile, pem(PRIVATE, pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.writeString(publicFile, pem(PUBLIC, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            Files.deleteIfExists(privateFile);
            throw e;
        }
        return List.of(privateFile, publicFile);
    }

    /**
     * The public key of an Ed25519 private key. The JDK has no call for this, but its Ed25519 key generator makes a
     * pair from 32 random bytes, the private key itself; fed this key's bytes as its randomness, it makes this key's
     * pair. The result is checked with a signature, so a generator that drew its bytes otherwise is caught.
     */
    public static PublicKey publicKeyOf(PrivateKey key) {
        byte[] secret = key instanceof EdECPrivateKey ed && isEd25519(key) ? ed.getBytes().orElse(null) : null;
        if (secret == null) {
            throw new IllegalArgumentException("no Ed25519 private key whose bytes can be read");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(PackManifest.ED25519);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                private static final long serialVersionUID = 1L;

                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(secret, 0, bytes, 0, Math.min(secret.length, bytes.length));
                }
            });
            PublicKey derived = generator.generateKeyPair().getPublic();
            byte[] probe = "trustmap".getBytes(StandardCharsets.US_ASCII);
            if (!ManifestSignature.verifies(probe, ManifestSignature.decode(ManifestSignature.sign(probe, key))
                    .orElseThrow(), derived)) {
                throw new IllegalStateException("this Java runtime derives Ed25519 keys in a way trustmap does not"
                        + " know");
            }
            return derived;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 15 and later have Ed25519", e);
        }
    }

    /** {@code sha256:<hex>} of the public key's SubjectPublicKeyInfo: short enough to read out on a call. */
    public static String fingerprint(PublicKey key) {
        return "sha256:" + ContentDigest.sha256Hex(key.getEncoded()).substring(0, 16);
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /** @throws InputException naming the file and saying what it holds instead, when it is no Ed25519 private key */
    public static PrivateKey readPrivate(Path file) {
        Pem pem = read(file, "private");
        switch (pem.label()) {
            case PRIVATE -> {
                return decode(file, pem.der(), PKCS8EncodedKeySpec::new, (kf, spec) -> kf.generatePrivate(spec),
                        "private");
            }
            case PUBLIC -> throw problem(file, "is a public key (PEM 'PUBLIC KEY'), but signing needs the private"
                    + " key.", "Give the .key file written beside this .pub.");
            case "ENCRYPTED PRIVATE KEY" -> throw problem(file, "is a password-protected private key, which"
                    + " trustmap does not read.", "Keep the key unencrypted with permission 600, or decrypt a copy"
                    + " with 'openssl pkey -in FILE -out FILE.key'.");
            default -> throw otherLabel(file, pem.label(), "private");
        }
    }

    /** @throws InputException naming the file and saying what it holds instead, when it is no Ed25519 public key */
    public static PublicKey readPublic(Path file) {
        Pem pem = read(file, "public");
        switch (pem.label()) {
            case PUBLIC -> {
                return decode(file, pem.der(), X509EncodedKeySpec::new, (kf, spec) -> kf.generatePublic(spec),
                        "public");
            }
            case PRIVATE, "ENCRYPTED PRIVATE KEY" -> throw problem(file, "is a private key, but verifying needs"
                    + " the public key.", "Give the .pub file written beside it; the private key should never"
                    + " leave its owner.");
            default -> throw otherLabel(file, pem.label(), "public");
        }
    }

    private record Pem(String label, byte[] der) {
    }

    private interface Generate<S extends KeySpec, K> {
        K apply(KeyFactory factory, S spec) throws GeneralSecurityException;
    }

    private static Pem read(Path file, String kind) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_KEY_FILE + 1);
        } catch (IOException e) {
            throw problem(file, "cannot be read: " + e.getMessage(), null);
        }
        if (bytes.length > MAX_KEY_FILE) {
            throw problem(file, "is larger than any key file (" + (MAX_KEY_FILE >> 10) + " KB).", GENERATE);
        }
        if (bytes.length > 0 && bytes[0] == 0x30) {
            throw problem(file, "looks like a binary (DER) key; trustmap reads PEM.",
                    "Convert it: 'openssl pkey -inform DER -in FILE -out FILE.pem'"
                            + (kind.equals("public") ? " (add -pubin -pubout for a public key)." : "."));
        }
        Matcher matcher = PEM.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        if (!matcher.find()) {
            throw problem(file, "is not a PEM key file: expected a line '-----BEGIN "
                    + (kind.equals("public") ? PUBLIC : PRIVATE) + "-----'.", GENERATE);
        }
        try {
            return new Pem(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            throw problem(file, "has a PEM block whose base64 is damaged: " + e.getMessage(), GENERATE);
        }
    }

    private static <S extends KeySpec, K extends Key> K decode(Path file, byte[] der, Function<byte[], S> spec,
            Generate<S, K> generate, String kind) {
        try {
            K key = generate.apply(KeyFactory.getInstance(PackManifest.ED25519), spec.apply(der));
            if (isEd25519(key)) {
                return key;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // not Ed25519: find out what it is, below
        }
        for (String algorithm : OTHER_ALGORITHMS) {
            try {
                generate.apply(KeyFactory.getInstance(algorithm), spec.apply(der));
                throw problem(file, "is " + (algorithm.equals("DSA") ? "a " : "an ") + algorithm + " " + kind
                        + " key; trustmap signs packs with Ed25519 only.", GENERATE);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not this one either
            }
        }
        throw problem(file, "holds a " + kind + " key trustmap cannot decode (not Ed25519).", GENERATE);
    }

    private static InputException otherLabel(Path file, String label, String kind) {
        String what = switch (label) {
            case "RSA PRIVATE KEY", "RSA PUBLIC KEY" -> "an RSA key";
            case "EC PRIVATE KEY" -> "an EC key";
            case "DSA PRIVATE KEY" -> "a DSA key";
            case "OPENSSH PRIVATE KEY" -> "an OpenSSH private key";
            case "CERTIFICATE" -> "a certificate";
            default -> "a PEM '" + label + "' block";
        };
        return problem(file, "is " + what + " (PEM '" + label + "'); trustmap needs an Ed25519 " + kind + " key"
                + " (PEM '" + (kind.equals("public") ? PUBLIC : PRIVATE) + "').", GENERATE);
    }

    private static InputException problem(Path file, String message, String fix) {
        return new InputException(new InputProblem(file.toString(), "", message, fix));
    }
}
