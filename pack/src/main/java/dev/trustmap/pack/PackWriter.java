package dev.trustmap.pack;

import dev.trustmap.pack.PackManifest.FileRecord;
import dev.trustmap.pack.PackManifest.Header;
import dev.trustmap.pack.PackManifest.InputRecord;
import dev.trustmap.pack.PackManifest.SkippedInput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a pack from a staged folder: {@code manifest.json} first, {@code manifest.sig} second when signed, then
 * every file of the folder sorted by path. The same folder, header and key give the same bytes, whatever the
 * machine's time zone or the files' own times:
 *
 * <ul>
 *   <li>every entry's time is the as-of instant in UTC, set as a local date-time so that no time zone is applied
 *   and no extended-timestamp field is written (a zip stores it to two seconds: 23:59:59 reads back as
 *   23:59:58; the exact instant is in the manifest);</li>
 *   <li>no directory entries, no extra fields, no comments; permissions are not recorded (external attributes 0);</li>
 *   <li>deflate at a fixed level. Deflate's output belongs to the zlib the Java runtime uses, so two different
 *   runtimes may compress differently; the manifest and its signature cover the uncompressed content, so such
 *   packs still verify against each other's manifest.</li>
 * </ul>
 *
 * A file that would deflate more than {@link PackLimits#maxRatio} times past {@link PackLimits#ratioGraceBytes}
 * is stored uncompressed, so that no pack trustmap writes looks like a zip bomb to {@link PackVerifier}.
 */
public final class PackWriter {

    /** Files whose format is compressed already, by name: stored in the zip, not deflated again. */
    private static final Pattern ALREADY_COMPRESSED = Pattern.compile(
            "\\.(xlsx|pdf|zip|gz|png|jpe?g)$", Pattern.CASE_INSENSITIVE);

    /**
     * The deflate level of every compressed entry; changing it changes every pack's bytes. The fastest level: a
     * million identities' pack holds about 5 GB of text, which level 6 makes 10 % smaller in 60 % more time.
     */
    static final int LEVEL = 1;

    private PackWriter() {
    }

    /**
     * Writes the pack and returns its manifest.
     *
     * @param stagedDir the files to pack ({@code inputs/}, {@code reports/}, {@code data/}, {@code oscal/},
     *     {@code METHODOLOGY.md}...): regular files only, no symbolic links, no {@code manifest.json} or
     *     {@code manifest.sig} at its root
     * @param header the run
     * @param inputs the inputs read; a stored one's {@code storedPath} must name a staged file, whose SHA-256 the
     *     writer fills in
     * @param skipped the inputs skipped as unrecognised
     * @param signKey an Ed25519 private key to sign the manifest with, or empty for an unsigned pack
     * @param zipOut the zip to write, outside {@code stagedDir}; written beside itself under a temporary name and
     *     moved into place only when complete
     * @throws IllegalArgumentException when the staged folder or the records break the rules above
     * @throws IOException when a file cannot be read or the zip cannot be written; {@code zipOut} is then untouched
     */
    public static PackManifest write(Path stagedDir, Header header, List<InputRecord> inputs,
            List<SkippedInput> skipped, Optional<PrivateKey> signKey, Path zipOut) throws IOException {
        return write(stagedDir, header, inputs, skipped, signKey, zipOut, PackLimits.DEFAULT);
    }

    static PackManifest write(Path stagedDir, Header header, List<InputRecord> inputs, List<SkippedInput> skipped,
            Optional<PrivateKey> signKey, Path zipOut, PackLimits limits) throws IOException {
        LocalDateTime time = entryTime(header);
        Path staged = stagedDir.toRealPath();
        Path target = zipOut.toAbsolutePath().normalize();
        if (target.startsWith(staged) || target.startsWith(stagedDir.toAbsolutePath().normalize())
                || Files.exists(target.getParent()) && target.getParent().toRealPath().startsWith(staged)) {
            throw new IllegalArgumentException("the pack " + zipOut + " must be written outside the staged folder "
                    + stagedDir);
        }
        signKey.ifPresent(key -> {
            if (!SigningKeys.isEd25519(key)) {
                throw new IllegalArgumentException("packs are signed with Ed25519 keys, not " + key.getAlgorithm());
            }
        });
        Map<String, StagedFile> files = stage(staged);
        PackManifest manifest = new PackManifest(PackManifest.SCHEMA, header,
                signKey.isPresent() ? PackManifest.ED25519 : PackManifest.UNSIGNED,
                signKey.map(key -> SigningKeys.fingerprint(SigningKeys.publicKeyOf(key))).orElse(null),
                stored(inputs, files),
                skipped.stream().sorted(Comparator.comparing(SkippedInput::name).thenComparing(SkippedInput::sha256))
                        .toList(),
                files.values().stream().map(f -> new FileRecord(f.path(), f.digest().size(), f.digest().sha256()))
                        .toList());
        byte[] manifestJson = PackManifestJson.write(manifest);
        Optional<byte[]> signature = signKey.map(key -> ManifestSignature.sign(manifestJson, key));
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".partial");
        try {
            // Deflated once, as written; an entry that turns out to deflate like a bomb is stored instead, which
            // means writing the zip again (only such files, e.g. long runs of zeros, ever cause it).
            Set<String> stored = new HashSet<>();
            while (true) {
                Set<String> tooCompressed = writeZip(temp, manifestJson, signature, files, stored, time, limits);
                if (tooCompressed.isEmpty()) {
                    break;
                }
                stored.addAll(tooCompressed);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return manifest;
    }

    /** Writes the zip; returns the deflated entries that compressed past the ratio a verifier accepts. */
    private static Set<String> writeZip(Path temp, byte[] manifestJson, Optional<byte[]> signature,
            Map<String, StagedFile> files, Set<String> stored, LocalDateTime time, PackLimits limits)
            throws IOException {
        Set<String> tooCompressed = new HashSet<>();
        try (OutputStream out = Files.newOutputStream(temp);
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16),
                        StandardCharsets.UTF_8)) {
            zip.setLevel(LEVEL);
            put(zip, entry(PackManifest.MANIFEST, time), manifestJson);
            if (signature.isPresent()) {
                put(zip, entry(PackManifest.SIGNATURE, time), signature.get());
            }
            for (StagedFile file : files.values()) {
                ZipEntry entry = put(zip, file, file.stored() || stored.contains(file.path()), time);
                if (entry.getMethod() == ZipEntry.DEFLATED
                        && limits.tooCompressed(entry.getSize(), entry.getCompressedSize())) {
                    tooCompressed.add(file.path());
                }
            }
        }
        return tooCompressed;
    }

    /** A staged file, hashed; {@code stored} when it goes into the zip uncompressed. */
    private record StagedFile(String path, Path file, ContentDigest digest, boolean stored) {
    }

    /** The as-of in UTC to the second. Zip dates run from 1980 to 2107; outside them Java adds a zoned field. */
    private static LocalDateTime entryTime(Header header) {
        LocalDateTime time = LocalDateTime.ofInstant(header.asOf(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        if (time.getYear() < 1980 || time.getYear() > 2107) {
            throw new IllegalArgumentException("as-of " + header.asOf() + " is outside the years a zip can date"
                    + " (1980 to 2107)");
        }
        return time;
    }

    /** Every regular file under the staged folder, by path, hashed. */
    private static Map<String, StagedFile> stage(Path staged) throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(staged)) {
            found = walk.filter(p -> !p.equals(staged)).toList();
        }
        List<StagedFile> files = new ArrayList<>();
        for (Path file : found) {
            String path = path(staged, file);
            if (Files.isSymbolicLink(file)) {
                throw new IllegalArgumentException(file + " is a symbolic link; a pack holds regular files only");
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException(file + " is not a regular file");
            }
            Optional<String> unsafe = EntryPaths.problem(path);
            if (unsafe.isPresent()) {
                throw new IllegalArgumentException(file + " cannot be packed: its path " + unsafe.get());
            }
            if (path.equals(PackManifest.MANIFEST) || path.equals(PackManifest.SIGNATURE)) {
                throw new IllegalArgumentException(file + ": the pack writes its own " + path);
            }
            files.add(hash(path, file));
        }
        Map<String, StagedFile> byPath = new LinkedHashMap<>();
        files.stream().sorted(Comparator.comparing(StagedFile::path)).forEach(f -> byPath.put(f.path(), f));
        return byPath;
    }

    private static String path(Path staged, Path file) {
        List<String> names = new ArrayList<>();
        staged.relativize(file).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    /**
     * Hashes a file. A file already compressed (a workbook, a PDF, an archive, an image) is stored as it is: deflating
     * it again costs time and saves nothing.
     */
    private static StagedFile hash(String path, Path file) throws IOException {
        ContentDigest.Running running = new ContentDigest.Running();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                running.update(buffer, 0, n);
            }
        }
        return new StagedFile(path, file, running.result(), ALREADY_COMPRESSED.matcher(path).find());
    }

    private static List<InputRecord> stored(List<InputRecord> inputs, Map<String, StagedFile> files) {
        List<InputRecord> records = new ArrayList<>();
        for (InputRecord input : inputs) {
            if (input.storedPath() == null) {
                records.add(input);
                continue;
            }
            StagedFile file = files.get(input.storedPath());
            if (file == null) {
                throw new IllegalArgumentException("input " + input.name() + ": its stored copy "
                        + input.storedPath() + " is not in the staged folder");
            }
            if (input.storedSha256() != null && !input.storedSha256().equals(file.digest().sha256())) {
                throw new IllegalArgumentException("input " + input.name() + ": storedSha256 differs from the"
                        + " SHA-256 of " + input.storedPath());
            }
            records.add(new InputRecord(input.name(), input.format(), input.originalSha256(), input.storedPath(),
                    file.digest().sha256()));
        }
        records.sort(Comparator.comparing(InputRecord::name).thenComparing(InputRecord::originalSha256));
        return records;
    }

    private static ZipEntry entry(String path, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(time);
        return entry;
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] content) throws IOException {
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Copies a staged file into the zip, checking that it is still what was hashed for the manifest. */
    private static ZipEntry put(ZipOutputStream zip, StagedFile file, boolean stored, LocalDateTime time)
            throws IOException {
        ZipEntry entry = entry(file.path(), time);
        if (stored) {
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(file.digest().size());
            entry.setCompressedSize(file.digest().size());
            entry.setCrc(file.digest().crc32());
        }
        zip.putNextEntry(entry);
        ContentDigest.Running running = new ContentDigest.Running();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file.file())) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                running.update(buffer, 0, n);
                zip.write(buffer, 0, n);
            }
        }
        if (!running.result().equals(file.digest())) {
            throw new IOException(file.file() + " changed while the pack was being written; run again");
        }
        zip.closeEntry(); // sets the entry's compressed size
        return entry;
    }
}
