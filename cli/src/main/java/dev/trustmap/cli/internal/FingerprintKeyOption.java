package dev.trustmap.cli.internal;

import dev.trustmap.evidence.redact.FingerprintKeys;
import dev.trustmap.evidence.redact.Fingerprints;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --fingerprint-key FILE}, for every command that reads inputs: the key secrets are fingerprinted with, so
 * that no fingerprint in an output can be tested against a dictionary. Without it, only secrets nobody could guess
 * get a fingerprint (docs/evidence-pack.md).
 */
public final class FingerprintKeyOption {

    @Option(names = "--fingerprint-key", paramLabel = "FILE", description = "The key to fingerprint secrets with"
            + " (NAME.fingerprint-key from 'trustmap keys generate'); use the same one every quarter. Without it,"
            + " passwords and other guessable secrets get no fingerprint.")
    private Path file;

    /** Puts this run's key in force, or none: a run never inherits an earlier run's key. */
    public void install() {
        Fingerprints.useKey(file == null ? null : FingerprintKeys.read(file));
    }

    /** The key's bytes, or null when none was given. */
    public byte[] bytes() {
        return file == null ? null : FingerprintKeys.read(file);
    }
}
