package dev.trustmap.reports.pack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link PackVerifier} found.
 *
 * @param manifest the manifest, when it could be read
 * @param signature what became of the signature
 * @param filesChecked files of the manifest whose size and SHA-256 were compared with the archive
 * @param failures every check that failed, each naming the entry it is about; empty when the pack verified
 */
public record Verification(Optional<PackManifest> manifest, SignatureCheck signature, int filesChecked,
        List<Failure> failures) {

    public Verification {
        failures = List.copyOf(failures);
    }

    /** True when every check held. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * One failed check.
     *
     * @param path the entry it is about, as named in the archive (control characters escaped)
     * @param message what is wrong
     */
    public record Failure(String path, String message) {

        /** One line: {@code path: message}. */
        public String describe() {
            return path + ": " + message;
        }
    }

    /** The signature's part in the verdict. */
    public enum SignatureCheck {
        /** Signed, and the signature verifies {@code manifest.json} with the public key given. */
        GOOD,
        /** Signed, but the signature does not verify with the public key given (a failure). */
        BAD,
        /**
         * Signed, but no public key was given, so only the content was checked (not a failure); also when reading
         * stopped before the signature could be checked (then there are failures).
         */
        NOT_CHECKED,
        /** A public key was given, but the pack carries no signature (a failure). */
        MISSING,
        /** Unsigned, and no public key was given. */
        UNSIGNED;

        /** As the CLI prints it: {@code good}, {@code not-checked}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
