package dev.trustmap.quarterly;

import dev.trustmap.reports.render.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files written into a hidden staging folder inside the target folder, and moved into place together only when
 * every one is complete; on failure the staging folder is removed and the target is left as it was. Files may be
 * created from several threads at once.
 */
public final class StagedOutput implements ReportOutput, AutoCloseable {

    private final Path target;
    private final Path named;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    public StagedOutput(Path target) {
        try {
            this.named = target;
            this.target = target.toAbsolutePath();
            Files.createDirectories(this.target);
            this.staging = Files.createTempDirectory(this.target, ".trustmap-staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new file; a name with slashes ({@code reports/board.pdf}) lands in a sub-folder, and the sub-folder moves
     * into place as a whole, replacing any folder of that name.
     */
    @Override
    public OutputStream create(String fileName) throws IOException {
        Path file = file(fileName);
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    /** Where a staged file is written, for writers that need a path rather than a stream. */
    public synchronized Path file(String fileName) {
        Path file = staging.resolve(fileName).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("not a file name inside the output: " + fileName);
        }
        String top = staging.relativize(file).getName(0).toString();
        if (!names.contains(top)) {
            names.add(top);
        }
        return file;
    }

    /**
     * A folder of the staging area that is never moved into place: for what a run needs on the way (its snapshot
     * of the inputs), removed with the staging area.
     */
    public synchronized Path scratch(String name) throws IOException {
        Path scratch = staging.resolve(".scratch").resolve(name).normalize();
        if (!scratch.startsWith(staging.resolve(".scratch"))) {
            throw new IllegalArgumentException("not a folder name inside the staging area: " + name);
        }
        return Files.createDirectories(scratch);
    }

    /**
     * Moves every staged file and folder into the target folder; returns their final paths in the order written,
     * under the target as the caller named it.
     */
    public synchronized List<Path> commit() {
        List<Path> written = new ArrayList<>();
        try {
            for (String name : names) {
                Path to = target.resolve(name);
                if (Files.isDirectory(to) && Files.isDirectory(staging.resolve(name))) {
                    delete(to);
                }
                try {
                    Files.move(staging.resolve(name), to, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(named.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        committed = true;
        return written;
    }

    @Override
    public void close() {
        try {
            delete(staging);
        } catch (IOException e) {
            if (!committed) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> left = Files.walk(tree)) {
            left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
