package dev.trustmap.review;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folders {@code review send} and {@code review collect} write: a new one each time (trustmap never replaces
 * or deletes what it finds there), filled in a hidden staging folder beside it and moved into place only when
 * complete, so a failed run leaves nothing half-written.
 */
final class CampaignFolder {

    /** What fills the staging folder. */
    interface Filling<T> {
        T fill(Path staging) throws IOException;
    }

    private CampaignFolder() {
    }

    /** Refuses a folder that exists and holds anything. */
    static void requireNew(Path out) {
        if (Files.exists(out) && !(Files.isDirectory(out) && empty(out))) {
            throw new InputException(new InputProblem(out.toString(), "", "already exists and is not empty; trustmap"
                    + " writes each campaign and each collection into a folder of its own and never replaces what is"
                    + " there.", "Choose a new --out folder, or move this one away."));
        }
    }

    /** Fills a staging folder beside {@code out}, then moves what it holds into {@code out}. */
    static <T> T stage(Path out, Filling<T> filling) {
        Path absolute = out.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".trustmap-staging-");
            T result = filling.fill(staging);
            if (Files.isDirectory(absolute)) {
                requireNew(absolute);
                try (DirectoryStream<Path> children = Files.newDirectoryStream(staging)) {
                    for (Path child : children) {
                        Files.move(child, absolute.resolve(child.getFileName().toString()),
                                StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                Files.delete(staging);
            } else {
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
            staging = null;
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(staging);
        }
    }

    private static boolean empty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder this run made (its staging, or a pack unpacked to read it), and only that; null is none. */
    static void deleteTree(Path made) {
        if (made == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(made)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the user to see; it is hidden and named after the run
        }
    }
}
