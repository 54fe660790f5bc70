package dev.trustmap.pack;

import dev.trustmap.model.collection.DaemonPool;
import dev.trustmap.model.collection.TaskFailure;
import dev.trustmap.pack.PackManifest.FileRecord;
import dev.trustmap.pack.PackManifest.Header;
import dev.trustmap.pack.PackManifest.InputRecord;
import dev.trustmap.pack.PackManifest.SkippedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Writes a pack from a staged folder: {@code manifest.json} first, {@code manifest.sig} second when signed, then
 * every file of the folder sorted by path. The same folder, header and key give the same bytes, whatever the
 * machine's time zone or the files' own times:
 *
 * <ul>
 *   <li>every entry's time is the as-of instant in UTC, written as a DOS date and time with no time zone applied
 *   and no extended-timestamp field (a zip stores it to two seconds: 23:59:59 reads back as 23:59:58; the exact
 *   instant is in the manifest);</li>
 *   <li>no directory entries, no comments, no extra fields but zip64's where a size or offset is too large for
 *   the classic ones (a file or pack of 4 GiB or more); permissions are not recorded (external attributes 0);</li>
 *   <li>deflate at a fixed level, in blocks of a fixed size ({@link ParallelDeflate}), so the bytes do not depend
 *   on how many cores wrote them. Deflate's output belongs to the zlib the Java runtime uses, so two different
 *   runtimes may compress differently; the manifest and its signature cover the uncompressed content, so such
 *   packs still verify against each other's manifest.</li>
 * </ul>
 *
 * <p>Every core is used: the files are hashed several at a time, then each deflated file is deflated a block per
 * core ({@link PackZipWriter} writes the zip). Each file is read twice, since the manifest, which lists every
 * file's SHA-256, comes first in the zip: the second reading checks size and CRC-32 against the first, so a file
 * changed in between fails the pack instead of contradicting its manifest. (CRC-32 suffices: the check is against
 * accident, such as a run still writing the folder; whoever can change the folder could change it before hashing.)
 *
 * <p>A file that would deflate more than {@link PackLimits#maxRatio} times past {@link PackLimits#ratioGraceBytes}
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

    /** Blocks read ahead of the one being written, at most: with {@link ParallelDeflate#BLOCK} about 128 MiB. */
    private static final int MAX_IN_FLIGHT = 64;

    private static final int HASH_BUFFER = ParallelDeflate.READ;

    private PackWriter() {
    }

    /**
     * How a pack is written, beyond what it holds; tests vary it, and none of it changes the pack's bytes.
     *
     * @param threads how many files are hashed, and how many blocks of a file deflated, at once
     * @param zip64Threshold sizes and offsets from which zip64 fields are written ({@link
     *     PackZipWriter#ZIP64_THRESHOLD}; lower only in tests)
     * @param afterHashing run once every file is hashed and before any is zipped
     */
    record Options(int threads, long zip64Threshold, Runnable afterHashing) {

        Options {
            if (threads < 1 || zip64Threshold < 0) {
                throw new IllegalArgumentException("at least one thread and a threshold of at least 0");
            }
        }

        /** Every core, zip64 only where the format needs it. */
        static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), PackZipWriter.ZIP64_THRESHOLD, () -> { });
        }
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
     * @throws IOException when a file cannot be read, changes while the pack is written, or the zip cannot be
     *     written; {@code zipOut} is then untouched
     */
    public static PackManifest write(Path stagedDir, Header header, List<InputRecord> inputs,
            List<SkippedInput> skipped, Optional<PrivateKey> signKey, Path zipOut) throws IOException {
        return write(stagedDir, header, inputs, skipped, signKey, zipOut, PackLimits.DEFAULT);
    }

    static PackManifest write(Path stagedDir, Header header, List<InputRecord> inputs, List<SkippedInput> skipped,
            Optional<PrivateKey> signKey, Path zipOut, PackLimits limits) throws IOException {
        return write(stagedDir, header, inputs, skipped, signKey, zipOut, limits, Options.defaults());
    }

    static PackManifest write(Path stagedDir, Header header, List<InputRecord> inputs, List<SkippedInput> skipped,
            Optional<PrivateKey> signKey, Path zipOut, PackLimits limits, Options options) throws IOException {
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
        ExecutorService pool = DaemonPool.of("trustmap-pack", options.threads());
        try {
            Map<String, StagedFile> files = stage(staged, pool);
            options.afterHashing().run();
            PackManifest manifest = new PackManifest(PackManifest.SCHEMA, header,
                    signKey.isPresent() ? PackManifest.ED25519 : PackManifest.UNSIGNED,
                    signKey.map(key -> SigningKeys.fingerprint(SigningKeys.publicKeyOf(key))).orElse(null),
                    stored(inputs, files),
                    skipped.stream().sorted(Comparator.comparing(SkippedInput::name)
                            .thenComparing(SkippedInput::sha256)).toList(),
                    files.values().stream().map(f -> new FileRecord(f.path(), f.digest().size(),
                            f.digest().sha256())).toList());
            byte[] manifestJson = PackManifestJson.write(manifest);
            Optional<byte[]> signature = signKey.map(key -> ManifestSignature.sign(manifestJson, key));
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".partial");
            try {
                ParallelDeflate deflate = new ParallelDeflate(pool, Math.min(MAX_IN_FLIGHT, 2 * options.threads()),
                        LEVEL);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    PackZipWriter zip = new PackZipWriter(channel, time, options.zip64Threshold(), limits, deflate);
                    put(zip, PackManifest.MANIFEST, manifestJson);
                    if (signature.isPresent()) {
                        put(zip, PackManifest.SIGNATURE, signature.get());
                    }
                    for (StagedFile file : files.values()) {
                        zip.put(file.path(), () -> Files.newInputStream(file.file()), file.digest().size(),
                                file.digest().crc32(), !file.stored(), file.file());
                    }
                    zip.finish();
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
        } finally {
            pool.shutdownNow();
        }
    }

    private static void put(PackZipWriter zip, String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        zip.put(name, () -> new ByteArrayInputStream(content), content.length, crc.getValue(), true, name);
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

    /** Every regular file under the staged folder, by path, hashed: several files at a time, on the pool. */
    private static Map<String, StagedFile> stage(Path staged, ExecutorService pool) throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(staged)) {
            found = walk.filter(p -> !p.equals(staged)).toList();
        }
        Map<String, Path> byPath = new TreeMap<>();
        Map<String, Long> sizes = new HashMap<>();
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
            byPath.put(path, file);
            sizes.put(path, Files.size(file));
        }
        // the largest started first, so that the file that takes longest to hash is not left to the end
        List<String> largestFirst = new ArrayList<>(byPath.keySet());
        largestFirst.sort(Comparator.comparing((String path) -> sizes.get(path)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Future<StagedFile>> hashing = new HashMap<>();
        try {
            for (String path : largestFirst) {
                Path file = byPath.get(path);
                hashing.put(path, pool.submit(() -> hash(path, file)));
            }
            Map<String, StagedFile> hashed = new LinkedHashMap<>();
            for (String path : byPath.keySet()) {
                hashed.put(path, hashing.get(path).get());
            }
            return hashed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the staged files");
        } catch (ExecutionException e) {
            throw TaskFailure.rethrown(e);
        } finally {
            hashing.values().forEach(task -> task.cancel(true));
        }
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
        byte[] buffer = new byte[HASH_BUFFER];
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
}
