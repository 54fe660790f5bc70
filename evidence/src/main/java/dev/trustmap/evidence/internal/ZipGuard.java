package dev.trustmap.evidence.internal;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a zip container (an XLSX) that inflates to an absurd size, before a reader that trusts it opens it:
 * the same rule as POI's zip-bomb guard (an entry past 10 MB that inflates more than a hundredfold), counted on the
 * bytes actually inflated, not on the sizes the archive declares.
 */
public final class ZipGuard {

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long GRACE_BYTES = 10L << 20;
    static final long MAX_TOTAL_BYTES = 4L << 30;
    static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    /** @throws InputException naming the file and the entry when the container looks like a zip bomb */
    public static void check(Path path, String name) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[1 << 16];
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw bomb(name, "it holds more than " + MAX_ENTRIES + " parts");
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (inflated > GRACE_BYTES && (double) compressed / inflated < MIN_INFLATE_RATIO) {
                            throw bomb(name, "its part " + entry.getName() + " inflates more than "
                                    + Math.round(1 / MIN_INFLATE_RATIO) + " times");
                        }
                        if (total > MAX_TOTAL_BYTES) {
                            throw bomb(name, "it inflates past " + (MAX_TOTAL_BYTES >> 30) + " GB");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputException bomb(String name, String why) {
        return new InputException(new InputProblem(name, "", "refused: " + why + ", which no real workbook does"
                + " (a zip bomb?).", "Open it in Excel or LibreOffice and save it again, or export the sheet as CSV."));
    }
}
