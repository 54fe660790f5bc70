package dev.trustmap.cli.internal;

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
 * every one is complete; on failure the staging folder is removed and the target is left as it was.
 */
public final class StagedOutput implements ReportOutput, AutoCloseable {

    private final Path target;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    public StagedOutput(Path target) {
        try {
            this.target = target.toAbsolutePath();
            Files.createDirectories(this.target);
            this.staging = Files.createTempDirectory(this.target, ".trustmap-staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OutputStream create(String fileName) throws IOException {
        names.add(fileName);
        return Files.newOutputStream(staging.resolve(fileName));
    }

    /** Moves every staged file into the target folder; returns their final paths in the order written. */
    public List<Path> commit() {
        List<Path> written = new ArrayList<>();
        try {
            for (String name : names) {
                Path to = target.resolve(name);
                try {
                    Files.move(staging.resolve(name), to, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        committed = true;
        return written;
    }

    @Override
    public void close() {
        try (Stream<Path> left = Files.walk(staging)) {
            left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            if (!committed) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
