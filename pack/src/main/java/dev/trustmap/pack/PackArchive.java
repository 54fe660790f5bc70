package dev.trustmap.pack;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.Verification.Failure;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A pack's zip read defensively and twice, side by side on two threads: once through its central directory (what
 * most unzip tools list) and once through its local entry headers in sequence (what streaming tools extract). Every
 * entry name is checked against {@link EntryPaths} before its content is read, every byte is counted by an
 * {@link InflationBudget} (one for each reading), and nothing is ever written to disk. The two readings must agree
 * entry for entry, so whatever tool an auditor extracts with, it sees the content that was verified.
 */
final class PackArchive {

    /** Small entries read whole: the manifest (up to the limit) and its signature. */
    private static final long MAX_SIGNATURE_BYTES = 1024;

    /**
     * One entry as read through the central directory.
     *
     * @param name its name
     * @param digest size, SHA-256 and CRC-32 of its content as inflated
     * @param content the content itself, for {@code manifest.json} and {@code manifest.sig} only, else null
     * @param damaged true when its content disagrees with the CRC-32 or size the archive recorded (already a failure)
     */
    record Entry(String name, ContentDigest digest, byte[] content, boolean damaged) {
    }

    /**
     * The archive as read.
     *
     * @param names every entry name in central directory order, printable, whether it was read or refused
     * @param entries the entries that could be read, in the same order
     * @param failures what was refused or unreadable, each naming its entry
     * @param complete false when reading stopped early (the pack as a whole broke a limit)
     */
    record Listing(List<String> names, List<Entry> entries, List<Failure> failures, boolean complete) {

        Optional<Entry> entry(String name) {
            return entries.stream().filter(e -> e.name().equals(name)).findFirst();
        }
    }

    private PackArchive() {
    }

    /**
     * @param tap the one entry, if any, whose content is handed to a reader as the central reading hashes it
     * @throws InputException when the file cannot be opened as a zip archive at all
     */
    static Listing read(Path file, PackLimits limits, Optional<ContentTap<?>> tap) {
        List<String> names = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        // the two readings run side by side; the local one counts only when the central one found nothing wrong
        FutureTask<LocalReading> local = new FutureTask<>(() -> LocalReading.of(file, limits));
        Thread reader = new Thread(local, "trustmap-verify-local");
        reader.setDaemon(true);
        reader.start();
        boolean complete;
        try {
            complete = central(file, limits, names, entries, failures, tap)
                    && (!failures.isEmpty() || agreed(file, local, entries, failures));
        } finally {
            local.cancel(true); // no use once the central reading failed; done already otherwise
        }
        List<Failure> all = new ArrayList<>(ZipLayout.problems(file, limits.maxEntries()));
        all.addAll(failures);
        return new Listing(names, entries, all, complete);
    }

    /** The central directory reading; false when it stopped early. */
    private static boolean central(Path file, PackLimits limits, List<String> names, List<Entry> entries,
            List<Failure> failures, Optional<ContentTap<?>> tap) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                failures.add(new Failure(file.getFileName().toString(), "refused: it holds " + zip.size()
                        + " entries, more than the " + limits.maxEntries() + " a pack may have"));
                return false;
            }
            long length = Files.size(file);
            InflationBudget budget = new InflationBudget(limits);
            List<? extends ZipEntry> all = zip.stream().toList();
            // ZipFile reads an entry by name, so of two entries with one name it would read one copy twice
            Set<String> seen = new HashSet<>();
            Set<String> repeated = new HashSet<>();
            all.forEach(entry -> {
                if (!seen.add(entry.getName())) {
                    repeated.add(entry.getName());
                }
            });
            Set<String> reported = new HashSet<>();
            for (ZipEntry entry : all) {
                String name = entry.getName();
                String shown = EntryPaths.printable(name);
                names.add(shown);
                Optional<String> unsafe = EntryPaths.problem(name);
                if (unsafe.isPresent()) {
                    failures.add(new Failure(shown, "refused: its path " + unsafe.get()
                            + ", so extracting it could write outside the target folder (zip-slip)"));
                    continue;
                }
                if (repeated.contains(name)) {
                    if (reported.add(name)) {
                        failures.add(new Failure(shown, "appears more than once in the archive; tools disagree on"
                                + " which copy they extract"));
                    }
                    continue;
                }
                // a declared compressed size cannot exceed the file, whatever the header claims
                long compressed = Math.min(Math.max(entry.getCompressedSize(), 0), length);
                try (InputStream in = budget.guard(zip.getInputStream(entry), () -> compressed)) {
                    entries.add(entry(entry, in, limits, failures, tap.filter(t -> t.wants(name))));
                } catch (InflationBudget.Exceeded e) {
                    failures.add(new Failure(shown, e.getMessage()));
                    if (e.wholePack()) {
                        return false;
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(new Failure(shown, "cannot be read: " + e.getMessage()));
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read as a zip archive: "
                    + e.getMessage(), "Check that this is the .zip trustmap wrote and that the copy is complete."));
        }
    }

    private static Entry entry(ZipEntry entry, InputStream in, PackLimits limits, List<Failure> failures,
            Optional<ContentTap<?>> tap) throws IOException {
        String name = entry.getName();
        byte[] content = null;
        ContentDigest digest;
        long keep = name.equals(PackManifest.MANIFEST) ? limits.maxManifestBytes()
                : name.equals(PackManifest.SIGNATURE) ? MAX_SIGNATURE_BYTES : -1;
        if (keep >= 0) {
            content = in.readNBytes((int) Math.min(keep + 1, Integer.MAX_VALUE - 8));
            if (content.length > keep) {
                throw new InflationBudget.Exceeded("refused: larger than " + keep + " bytes", false);
            }
            digest = ContentDigest.of(content);
        } else if (tap.isPresent()) {
            ContentDigest.Running running = new ContentDigest.Running();
            tap.get().feed(running.hashing(in));
            digest = running.result();
        } else {
            digest = ContentDigest.of(in);
        }
        boolean damaged = false;
        if (entry.getCrc() != -1 && entry.getCrc() != digest.crc32()) {
            failures.add(new Failure(EntryPaths.printable(name), String.format("is damaged: its content has"
                    + " CRC-32 %08x, the archive recorded %08x", digest.crc32(), entry.getCrc())));
            damaged = true;
        } else if (entry.getSize() != -1 && entry.getSize() != digest.size()) {
            failures.add(new Failure(EntryPaths.printable(name), "is damaged: it inflates to " + digest.size()
                    + " bytes, the archive recorded " + entry.getSize()));
            damaged = true;
        }
        return new Entry(name, digest, content, damaged);
    }

    /** The local reading compared with the central one; false when it stopped early. */
    private static boolean agreed(Path file, FutureTask<LocalReading> local, List<Entry> central,
            List<Failure> failures) {
        try {
            return local.get().agrees(central, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new Failure(file.getFileName().toString(), "was not read through its local headers: the"
                    + " verification was interrupted"));
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the local-header reading failed", e.getCause());
        }
    }

    /**
     * The local headers read in sequence, as streaming tools read them: each entry's name and digest, up to where the
     * reading ended, and why it ended early if it did.
     *
     * @param end the failure that ended the reading, or null when it reached the central directory
     * @param goOn false when the failure stops the verification as a whole
     */
    private record LocalReading(List<Entry> read, Failure end, boolean goOn) {

        static LocalReading of(Path file, PackLimits limits) {
            InflationBudget budget = new InflationBudget(limits);
            List<Entry> read = new ArrayList<>();
            String name = null;
            try (Counting counting = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                    ZipInputStream zip = new ZipInputStream(counting, StandardCharsets.UTF_8)) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    name = entry.getName();
                    Optional<String> unsafe = EntryPaths.problem(name);
                    if (unsafe.isPresent()) {
                        return new LocalReading(read, new Failure(EntryPaths.printable(name), "refused: a local"
                                + " header names a path that " + unsafe.get() + " (zip-slip)"), false);
                    }
                    long start = counting.count;
                    read.add(new Entry(name, ContentDigest.of(budget.guard(zip, () -> counting.count - start)), null,
                            false));
                }
            } catch (InflationBudget.Exceeded e) {
                return new LocalReading(read, new Failure(EntryPaths.printable(name), e.getMessage()), !e.wholePack());
            } catch (IOException | RuntimeException e) {
                return new LocalReading(read, new Failure(name == null ? file.getFileName().toString()
                        : EntryPaths.printable(name), "cannot be read in sequence from the local headers: "
                        + e.getMessage()), true);
            }
            return new LocalReading(read, null, true);
        }

        /** Adds where the local entries differ from the central ones; false when the verification stops here. */
        boolean agrees(List<Entry> central, List<Failure> failures) {
            for (int i = 0; i < read.size(); i++) {
                Entry local = read.get(i);
                if (i >= central.size() || !central.get(i).name().equals(local.name())
                        || !central.get(i).digest().equals(local.digest())) {
                    failures.add(new Failure(EntryPaths.printable(local.name()), "differs between the archive's local"
                            + " headers and its central directory, so zip tools may extract different content"));
                    return true;
                }
            }
            if (end != null) {
                failures.add(end);
                return goOn;
            }
            if (read.size() < central.size()) {
                failures.add(new Failure(EntryPaths.printable(central.get(read.size()).name()), "is in the central"
                        + " directory but not among the local entries, so zip tools may extract different content"));
            }
            return true;
        }
    }

    /** Counts the compressed bytes taken from the file (a buffer ahead, which only makes the ratio milder). */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
