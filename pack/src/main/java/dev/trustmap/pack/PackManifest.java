package dev.trustmap.pack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code manifest.json} says: the run that made the pack, the inputs it read, and the path, size and SHA-256
 * of every other file in the pack. {@link PackManifestJson} writes and reads it.
 *
 * @param schema {@link #SCHEMA}
 * @param header the run: versions, digests, period, as-of
 * @param signature {@link #ED25519} when {@code manifest.sig} accompanies the manifest, {@link #UNSIGNED} otherwise
 * @param signer the fingerprint of the key that signed it ({@link SigningKeys#fingerprint}), so that a reader can
 *     tell which key to check it with; null for an unsigned pack, and for a signed one from before trustmap named it
 * @param inputs the inputs the run used, sorted by name
 * @param skipped inputs the run was given but did not recognise (with {@code --ignore-unknown}), sorted by name
 * @param files every entry but {@code manifest.json} and {@code manifest.sig}, sorted by path
 */
public record PackManifest(String schema, Header header, String signature, String signer,
        List<InputRecord> inputs, List<SkippedInput> skipped, List<FileRecord> files) {

    /** The schema this trustmap writes and reads; bumped when a field changes meaning or is removed. */
    public static final String SCHEMA = "trustmap-pack/1";
    /** The first entry of every pack. */
    public static final String MANIFEST = "manifest.json";
    /** The second entry of a signed pack: the signature over the exact bytes of {@link #MANIFEST}. */
    public static final String SIGNATURE = "manifest.sig";
    public static final String ED25519 = "Ed25519";
    public static final String UNSIGNED = "none";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PERIOD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{16}");

    public PackManifest {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(signature, "signature");
        if (signer != null && !FINGERPRINT.matcher(signer).matches()) {
            throw new IllegalArgumentException("signer must be a key fingerprint such as sha256:0123456789abcdef,"
                    + " not " + signer);
        }
        if (signer != null && UNSIGNED.equals(signature)) {
            throw new IllegalArgumentException("an unsigned pack names no signer, but this one names " + signer);
        }
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
        files = List.copyOf(files);
    }

    public boolean signed() {
        return !UNSIGNED.equals(signature);
    }

    public Optional<FileRecord> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * The run that made the pack.
     *
     * @param trustmapVersion the version of trustmap that wrote it
     * @param period what the pack covers, e.g. {@code 2026-Q3}; it names the zip, so letters, digits, {@code . _ -}
     * @param asOf the instant every age was computed against; also the time of every zip entry
     * @param catalogVersion the catalog's version
     * @param catalogSha256 the catalog's digest
     * @param policySha256 the effective policy's digest
     */
    public record Header(String trustmapVersion, String period, Instant asOf, String catalogVersion,
            String catalogSha256, String policySha256) {

        public Header {
            Objects.requireNonNull(trustmapVersion, "trustmapVersion");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(catalogVersion, "catalogVersion");
            Objects.requireNonNull(catalogSha256, "catalogSha256");
            Objects.requireNonNull(policySha256, "policySha256");
            if (!PERIOD.matcher(period).matches()) {
                throw new IllegalArgumentException("period '" + period + "' must be letters, digits, '.', '_' or '-'");
            }
        }

        /** The pack's usual file name: {@code trustmap-<period>.zip}. */
        public String zipName() {
            return "trustmap-" + period + ".zip";
        }
    }

    /**
     * One input the run read.
     *
     * @param name the input as the user named it
     * @param format the format detected, as {@code trustmap formats} lists it
     * @param originalSha256 the digest of the input as read
     * @param storedPath where its redacted copy sits in the pack ({@code inputs/...}), or null when not stored
     * @param storedSha256 the digest of that copy; {@link PackWriter} fills it in from the staged file
     */
    public record InputRecord(String name, String format, String originalSha256, String storedPath,
            String storedSha256) {

        public InputRecord {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
            requireSha256(originalSha256, "originalSha256");
            if (storedSha256 != null) {
                requireSha256(storedSha256, "storedSha256");
            }
            if (storedPath == null && storedSha256 != null) {
                throw new IllegalArgumentException("storedSha256 without storedPath for input " + name);
            }
        }

        /** An input whose redacted copy was staged at {@code storedPath}; the writer hashes the copy. */
        public static InputRecord stored(String name, String format, String originalSha256, String storedPath) {
            return new InputRecord(name, format, originalSha256, Objects.requireNonNull(storedPath, "storedPath"),
                    null);
        }
    }

    /**
     * An input the run was given but skipped.
     *
     * @param name the input as the user named it
     * @param sha256 its digest; null for an entry that was not read (a link is never followed, a pipe never
     *     opened)
     * @param reason why it was skipped, e.g. {@code not a recognised format}
     */
    public record SkippedInput(String name, String sha256, String reason) {

        public SkippedInput {
            Objects.requireNonNull(name, "name");
            if (sha256 != null) {
                requireSha256(sha256, "sha256");
            }
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * One file of the pack.
     *
     * @param path its entry name: relative, {@code /}-separated
     * @param size its uncompressed size in bytes
     * @param sha256 the digest of its uncompressed content
     */
    public record FileRecord(String path, long size, String sha256) {

        public FileRecord {
            Objects.requireNonNull(path, "path");
            requireSha256(sha256, "sha256");
            if (size < 0) {
                throw new IllegalArgumentException("negative size for " + path);
            }
        }

        /** The top-level folder it sits in, or the empty string for a file at the root. */
        public String folder() {
            int slash = path.indexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }

    static boolean isSha256(String value) {
        return value != null && SHA256.matcher(value).matches();
    }

    private static void requireSha256(String value, String field) {
        if (!isSha256(value)) {
            throw new IllegalArgumentException(field + " must be 64 lowercase hex digits, not " + value);
        }
    }
}
