package dev.trustmap.pack;

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

    /** True when every check made held; whether the signature was among them is {@link #verdict()}'s to say. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** What may be said of the pack in one phrase; only a signature checked with a public key makes it verified. */
    public Verdict verdict() {
        if (!passed()) {
            return Verdict.FAILED;
        }
        return switch (signature) {
            case GOOD -> Verdict.VERIFIED;
            case UNSIGNED -> Verdict.CONTENT_OK_UNSIGNED;
            case NOT_CHECKED, BAD, MISSING -> Verdict.CONTENT_OK_SIGNATURE_NOT_CHECKED;
        };
    }

    /** The verdict: what was checked and held, never more. */
    public enum Verdict {
        /** Every check held, the signature among them, with the public key given. */
        VERIFIED("VERIFIED"),
        /** Every check held, but the pack is signed and no public key was given, so its signer is unproven. */
        CONTENT_OK_SIGNATURE_NOT_CHECKED("CONTENT OK, SIGNATURE NOT CHECKED"),
        /** Every check held, but the pack is unsigned: nothing shows who made it. */
        CONTENT_OK_UNSIGNED("CONTENT OK, UNSIGNED"),
        /** A check failed. */
        FAILED("FAILED");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        /** As the CLI prints it: {@code VERIFIED}, {@code CONTENT OK, SIGNATURE NOT CHECKED}. */
        public String text() {
            return text;
        }

        /** As JSON gives it: {@code verified}, {@code content-ok-signature-not-checked}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
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

        /** True when the signature was tested against a public key, whichever way it came out. */
        public boolean checked() {
            return this == GOOD || this == BAD;
        }

        /** As the CLI prints it: {@code good}, {@code not-checked}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
