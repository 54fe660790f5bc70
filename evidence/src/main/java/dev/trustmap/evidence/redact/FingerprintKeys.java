package dev.trustmap.evidence.redact;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The fingerprint key file: 32 random bytes, base64 between armour lines, that key the fingerprints of secrets
 * ({@link Fingerprints#useKey}). It is a secret like the signing key: whoever holds it can test guesses against the
 * fingerprints in a pack. Use the same one every quarter so that the same secret keeps its fingerprint.
 */
public final class FingerprintKeys {

    public static final String EXTENSION = ".fingerprint-key";
    private static final String BEGIN = "-----BEGIN TRUSTMAP FINGERPRINT KEY-----";
    private static final String END = "-----END TRUSTMAP FINGERPRINT KEY-----";
    private static final int BYTES = 32;

    private FingerprintKeys() {
    }

    public static byte[] generate() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /**
     * Writes {@code NAME.fingerprint-key} into {@code folder}, readable only by its owner where the file system has
     * POSIX permissions; never over an existing file.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    public static Path write(byte[] key, Path folder, String name) throws IOException {
        Path file = folder.resolve(name + EXTENSION);
        String text = BEGIN + "\n" + Base64.getEncoder().encodeToString(key) + "\n" + END + "\n";
        Files.write(file, text.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException noPosix) {
            // the caller says so to the user
        }
        return file;
    }

    /** The key in {@code file}, or a located error. */
    public static byte[] read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Pass the " + EXTENSION + " file 'trustmap keys generate' wrote."));
        }
        try {
            if (lines.size() == 3 && lines.get(0).equals(BEGIN) && lines.get(2).equals(END)) {
                byte[] key = Base64.getDecoder().decode(lines.get(1));
                if (key.length == BYTES) {
                    return key;
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, without quoting the file: it is a secret
        }
        throw new InputException(new InputProblem(file.toString(), "", "is not a trustmap fingerprint key (three"
                + " lines: " + BEGIN + ", 32 bytes in base64, " + END + ").",
                "Pass the " + EXTENSION + " file 'trustmap keys generate' wrote."));
    }
}
