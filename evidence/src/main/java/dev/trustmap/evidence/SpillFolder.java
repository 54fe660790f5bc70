package dev.trustmap.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a large import keeps its temporary files: one folder, made when the first file is needed (a small import
 * never touches the disk), and removed with its files when the JVM exits, as the findings' temporary files are.
 */
final class SpillFolder {

    private Path dir;
    private int made;

    /** A new, empty file path in the folder; {@code kind} only names it, for whoever looks in the folder. */
    Path newFile(String kind) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("trustmap-import-");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(kind + "-" + made++ + ".bin");
            file.toFile().deleteOnExit(); // registered after the folder, so deleted before it
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the import: " + e.getMessage(), e);
        }
    }

    /** Removes a file that is no longer needed, so that a run's disk use does not add up pass after pass. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the JVM's exit to remove
        }
    }
}
