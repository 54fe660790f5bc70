package dev.trustmap.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the sample's files go; the caller decides whether that is a staging folder, memory or elsewhere. */
@FunctionalInterface
public interface EstateOutput {

    /**
     * A new file, written completely and closed before the next one is created.
     *
     * @param path relative, with {@code /} between folders, e.g. {@code evidence/aws/credential-report.csv}
     */
    OutputStream create(String path) throws IOException;

    /** Straight into {@code folder}, sub-folders made as needed: for tests and tools that need no staging. */
    static EstateOutput into(Path folder) {
        return path -> {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file);
        };
    }
}
