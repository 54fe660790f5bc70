package dev.trustmap.model.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a large import or assessment keeps its temporary files: one folder, made when the first file is needed (a
 * small run never touches the disk), and removed with its files when the JVM exits.
 */
public final class SpillFolder {

    private final String prefix;
    private final String purpose;
    private Path dir;
    private int made;

    /**
     * @param prefix the start of the folder's name, e.g. {@code trustmap-import-}
     * @param purpose what the files are for, in an error: "the import"
     */
    public SpillFolder(String prefix, String purpose) {
        this.prefix = prefix;
        this.purpose = purpose;
    }

    /** True once a file has been made: the run no longer fits in memory. */
    public boolean used() {
        return dir != null;
    }

    /** A new, empty file path in the folder; {@code kind} only names it, for whoever looks in the folder. */
    public Path newFile(String kind) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory(prefix);
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(kind + "-" + made++ + ".bin");
            file.toFile().deleteOnExit(); // registered after the folder, so deleted before it
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for " + purpose + ": " + e.getMessage(), e);
        }
    }

    /** Removes a file that is no longer needed, so that a run's disk use does not add up pass after pass. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the JVM's exit to remove
        }
    }
}
