package dev.trustmap.quarterly;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The {@code --out} folder of a quarterly run, held for the run: locked against a second run, cleared of the
 * staging left by a run that was killed, and checked so that the run replaces only what trustmap wrote.
 *
 * <p>trustmap writes {@code trustmap-<period>/} and {@code trustmap-<period>.zip}. The folder carries a list of the
 * files trustmap put in it ({@link #WRITTEN}); it is replaced only when it holds nothing else. The zip is replaced
 * only when it is an evidence pack (its first entry trustmap's manifest). Anything else stops the run with exit 3
 * before a byte is written: trustmap never deletes what it did not write.
 */
final class OutputFolder implements AutoCloseable {

    /** In {@code trustmap-<period>/}: every file trustmap wrote there, one relative path a line. */
    static final String WRITTEN = ".trustmap-written";
    static final String LOCK = ".trustmap.lock";
    static final String STAGING_PREFIX = ".trustmap-staging-";

    private final Path out;
    private final boolean created;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean committed;

    private OutputFolder(Path out, boolean created, FileChannel channel, FileLock lock) {
        this.out = out;
        this.created = created;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code out} for the run that writes {@code name} ({@code trustmap-2026-Q3}) from {@code inputs}.
     *
     * @throws InputException when out is a file, another run holds it, the inputs lie where the output goes, or
     *     what would be replaced is not trustmap's
     */
    static OutputFolder claim(Path out, String name, Path inputs) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(new InputProblem(out.toString(), "", "--out names a file; it must be a folder.",
                    "Name a folder (it is created when missing)."));
        }
        Path target = out.resolve(name);
        Path realInputs = real(inputs);
        Path realOut = real(out);
        if (realInputs.startsWith(realOut.resolve(name))) {
            throw new InputException(new InputProblem(inputs.toString(), "", "the inputs folder lies inside "
                    + target + ", which this run replaces.", "Keep the inputs outside --out/" + name + "."));
        }
        if (realOut.startsWith(realInputs)) {
            throw new InputException(new InputProblem(out.toString(), "", "--out lies inside the inputs folder "
                    + inputs + ": the pack would be read as an input next time.", "Write the results elsewhere."));
        }
        boolean created = !Files.exists(out);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InputException(new InputProblem(out.toString(), "", "cannot be created: " + e.getMessage(),
                    "Check the path and its permissions."));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new InputException(new InputProblem(out.toString(), "", "another trustmap run is writing to"
                        + " this folder.", "Wait for it to finish, or write to another --out."));
            }
            OutputFolder claimed = new OutputFolder(out, created, channel, lock);
            channel = null;
            try {
                clearStaleStaging(out);
                checkOurs(target, out.resolve(name + ".zip"));
            } catch (RuntimeException e) {
                claimed.close();
                throw e;
            }
            return claimed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + out.resolve(LOCK) + ": " + e.getMessage(), e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the lock was never taken; nothing to release
                }
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /**
     * Staging folders are only ever left by a run that was killed: while we hold the lock no other run owns one.
     */
    private static void clearStaleStaging(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            for (Path stale : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                deleteTree(stale);
            }
        }
    }

    private static void checkOurs(Path folder, Path zip) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            List<String> foreign = foreign(folder);
            if (!foreign.isEmpty()) {
                throw new InputException(new InputProblem(folder.toString(), "", "holds files trustmap did not"
                        + " write: " + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                        + (foreign.size() > 5 ? " and " + (foreign.size() - 5) + " more" : "")
                        + "; this run would replace the folder.", "Move those files out, or write to another --out."));
            }
        }
        if (Files.exists(zip, LinkOption.NOFOLLOW_LINKS) && !isPack(zip)) {
            throw new InputException(new InputProblem(zip.toString(), "", "is not an evidence pack trustmap wrote;"
                    + " this run would replace it.", "Move it away, or write to another --out."));
        }
    }

    /** What the folder holds beyond what its list says trustmap wrote; everything, when there is no list. */
    private static List<String> foreign(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(folder.getFileName().toString() + " (not a folder)");
        }
        Path list = folder.resolve(WRITTEN);
        Set<String> written = Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)
                ? new TreeSet<>(Files.readAllLines(list, StandardCharsets.UTF_8)) : Set.of();
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path p : tree.sorted().toList()) {
                String name = folder.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                if (name.isEmpty() || name.equals(WRITTEN) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!written.contains(name)) {
                    foreign.add(name);
                }
            }
        }
        return foreign;
    }

    /** An evidence pack starts with trustmap's manifest: {@code manifest.json} whose schema is trustmap-pack. */
    private static boolean isPack(Path zip) {
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry first = in.getNextEntry();
            if (first == null || !first.getName().equals("manifest.json")) {
                return false;
            }
            byte[] head = in.readNBytes(4096);
            return new String(head, StandardCharsets.UTF_8).contains("\"schema\": \"trustmap-pack/");
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    /** Writes the list of what trustmap wrote into the staged {@code trustmap-<period>/} folder. */
    static void markWritten(Path stagedFolder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(stagedFolder)) {
            tree.filter(Files::isRegularFile).map(p -> stagedFolder.relativize(p).toString()
                    .replace(java.io.File.separatorChar, '/')).sorted().forEach(names::add);
        }
        Files.writeString(stagedFolder.resolve(WRITTEN), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    }

    static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path real(Path path) {
        try {
            Path absolute = path.toAbsolutePath().normalize();
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The run's output is in place: the folder stays whatever happens next. */
    void committed() {
        committed = true;
    }

    /**
     * Lets the folder go. A run that failed in a folder it created leaves nothing behind, not even the folder;
     * in a folder that was there before, the lock file stays, hidden, for the next run.
     */
    @Override
    public void close() {
        try {
            if (!committed && created) {
                // the folder did not exist before this run: all it holds is the run's lock and staging, even when
                // the staging could not be cleared (the run failed for want of memory, say)
                try {
                    deleteTree(out);
                } catch (IOException | RuntimeException | OutOfMemoryError first) {
                    deleteTree(out); // once more: by now the failed run's memory is free
                }
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
