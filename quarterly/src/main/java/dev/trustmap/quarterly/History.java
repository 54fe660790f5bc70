package dev.trustmap.quarterly;

import dev.trustmap.assessment.AssessmentJsonReader;
import dev.trustmap.assessment.history.FindingHistory;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.ContentReader;
import dev.trustmap.pack.PackFolder;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackVerifier;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.pack.Verification;
import dev.trustmap.pack.Verification.Failure;
import dev.trustmap.pack.VerifiedRead;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Earlier quarters for the trend, as {@code report --history} and {@code quarterly --history} take them: evidence
 * packs ({@code trustmap-*.zip}), the folders they were unpacked into (which carry {@code manifest.json}), or folders
 * holding either, searched recursively. A quarter is believed only once it verifies: every file its manifest lists
 * present with its size and SHA-256, and with a public key, the signature. Its {@code data/assessment.json} is read
 * in the same pass as it is hashed. Only aggregates are kept (findings stream past unheld), one quarter per as-of
 * instant, and only quarters before this one; of the findings, only their ids ({@link FindingHistory}).
 */
public final class History {

    static final String ASSESSMENT = "data/assessment.json";
    /** Failures named in the message when a quarter does not verify; 'pack verify' lists all. */
    private static final int FAILURES_SHOWN = 5;
    private static final String PACKS_ONLY = "Pass the earlier trustmap-PERIOD.zip 'trustmap quarterly' wrote, the"
            + " folder it was unpacked into, or a folder holding them.";

    private History() {
    }

    /** How earlier quarters were checked, for a progress line: "content verified", "signed by sha256:...". */
    public static String checked(Optional<PublicKey> key) {
        return key.map(k -> "verified, signed by " + SigningKeys.fingerprint(k))
                .orElse("content verified, signatures not checked (no --history-key)");
    }

    /**
     * @param key the public key the earlier packs were signed with; when given, each must carry a signature that
     *     verifies with it, and without it only their content is verified
     * @throws InputException naming the quarter, when one cannot be found, does not verify or cannot be read
     */
    public static List<Assessment> read(List<Path> places, Instant before, Optional<PublicKey> key) {
        return earlier(places, before, key, Optional.empty());
    }

    /**
     * The earlier quarters: their aggregates, oldest first, and which findings each had.
     *
     * @param assessments one per as-of instant before {@code before}, oldest first, findings not kept
     * @param findings the finding ids of the same quarters, and the findings of the newest as its verified pack gave
     *     them, for this quarter's resolved findings
     */
    public record Earlier(List<Assessment> assessments, FindingHistory findings) {
    }

    /**
     * As {@link #read}, also collecting the findings the quarters hold, as they stream past.
     *
     * @throws InputException naming the quarter, when one cannot be found, does not verify or cannot be read
     */
    public static Earlier withFindings(List<Path> places, Instant before, Optional<PublicKey> key) {
        FindingHistory.Builder findings = FindingHistory.builder();
        return new Earlier(earlier(places, before, key, Optional.of(findings)), findings.build());
    }

    /** One assessment per as-of instant before {@code before}, oldest first; findings handed to the builder if any. */
    private static List<Assessment> earlier(List<Path> places, Instant before, Optional<PublicKey> key,
            Optional<FindingHistory.Builder> findings) {
        Map<Instant, Assessment> byAsOf = new TreeMap<>();
        for (Path place : places) {
            for (Path quarter : quarters(place)) {
                Optional<FindingHistory.Builder.Quarter> ids = findings.map(FindingHistory.Builder::quarter);
                Consumer<Finding> each = ids.isPresent() ? ids.get()::add : f -> { };
                Assessment a = assessment(quarter, key, each);
                // a pack and its unpacked folder are one quarter
                boolean kept = a.asOf().isBefore(before) && byAsOf.putIfAbsent(a.asOf(), a) == null;
                ids.ifPresent(q -> {
                    if (kept) {
                        q.keep(a.asOf());
                    } else {
                        q.drop();
                    }
                });
            }
        }
        return new ArrayList<>(byAsOf.values());
    }

    /** The packs and pack folders at or under {@code place}, sorted. */
    private static List<Path> quarters(Path place) {
        if (Files.isRegularFile(place)) {
            if (Search.ignored(place.getFileName().toString())) {
                throw new InputException(new InputProblem(place.toString(), "", "is a hidden or partial file (a pack"
                        + " being written, or left by a run that was stopped), not a finished pack.", PACKS_ONLY));
            }
            if (!place.getFileName().toString().endsWith(".zip")) {
                throw new InputException(new InputProblem(place.toString(), "", "is not an evidence pack: history"
                        + " comes only from packs or their unpacked folders, which can be verified.", PACKS_ONLY));
            }
            return List.of(place);
        }
        if (!Files.isDirectory(place)) {
            throw new InputException(new InputProblem(place.toString(), "", "no such file or folder.", PACKS_ONLY));
        }
        Search search = new Search(place);
        try {
            Files.walkFileTree(place, search);
        } catch (IOException e) {
            throw new InputException(new InputProblem(place.toString(), "", "cannot be searched: " + e.getMessage(),
                    null));
        }
        if (!search.loose.isEmpty()) {
            List<InputProblem> problems = new ArrayList<>();
            for (Path file : search.loose) {
                problems.add(new InputProblem(file.toString(), "", "is an assessment outside any evidence pack: history"
                        + " comes only from packs or their unpacked folders (with manifest.json), which can be"
                        + " verified.", PACKS_ONLY));
            }
            throw new InputException(problems);
        }
        if (search.found.isEmpty()) {
            throw new InputException(new InputProblem(place.toString(), "", "holds no evidence pack.", PACKS_ONLY));
        }
        return search.found.stream().sorted().toList();
    }

    /**
     * Finds packs and pack folders. Hidden names ({@code .trustmap-staging-*} left by a run that was killed) and
     * {@code *.partial} files (a pack being written) are never a quarter; a folder beside its own zip is the zip's
     * unpacked copy, so the zip stands for both.
     */
    private static final class Search extends SimpleFileVisitor<Path> {
        private final Path place;
        private final List<Path> found = new ArrayList<>();
        private final List<Path> loose = new ArrayList<>();

        Search(Path place) {
            this.place = place;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(place)) {
                String name = dir.getFileName().toString();
                if (ignored(name) || name.startsWith("trustmap-")
                        && Files.isRegularFile(dir.resolveSibling(name + ".zip"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            if (Files.isRegularFile(dir.resolve(PackManifest.MANIFEST))) {
                found.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            if (ignored(name)) {
                return FileVisitResult.CONTINUE;
            }
            if (name.startsWith("trustmap-") && name.endsWith(".zip")) {
                found.add(file);
            } else if (name.equals("assessment.json")) {
                loose.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        static boolean ignored(String name) {
            return name.startsWith(".") || name.endsWith(".partial");
        }
    }

    /** The quarter's assessment, read as it is verified, its findings handed to {@code findings} and not kept. */
    private static Assessment assessment(Path quarter, Optional<PublicKey> key, Consumer<Finding> findings) {
        String source = quarter + (Files.isDirectory(quarter) ? "/" : "!/") + ASSESSMENT;
        ContentReader<Assessment> reader = in -> AssessmentJsonReader.read(source, in, findings);
        VerifiedRead<Assessment> read = Files.isDirectory(quarter)
                ? PackFolder.verifyAndRead(quarter, key, ASSESSMENT, reader)
                : PackVerifier.verifyAndRead(quarter, key, ASSESSMENT, reader);
        if (!read.verification().passed()) {
            throw unverified(quarter, read.verification());
        }
        if (read.unreadable().isPresent()) {
            Exception e = read.unreadable().get();
            throw e instanceof InputException input ? input : new InputException(new InputProblem(source, "",
                    "cannot be read: " + e.getMessage(), null));
        }
        return read.content().orElseThrow(() -> new InputException(new InputProblem(quarter.toString(), "",
                "holds no " + ASSESSMENT + ", so it gives no figures for the trend.", PACKS_ONLY)));
    }

    private static InputException unverified(Path quarter, Verification verification) {
        List<Failure> failures = verification.failures();
        List<InputProblem> problems = new ArrayList<>();
        problems.add(new InputProblem(quarter.toString(), "", "fails verification (" + failures.size() + " problem"
                + (failures.size() == 1 ? "" : "s") + "), so it is not used as history: a figure from it could be"
                + " made up.", "Pass the quarter as 'trustmap quarterly' wrote it; 'trustmap pack verify' lists"
                + " every problem of a pack."));
        for (Failure failure : failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))) {
            problems.add(new InputProblem(quarter.toString(), failure.path(), failure.message(), null));
        }
        if (failures.size() > FAILURES_SHOWN) {
            problems.add(new InputProblem(quarter.toString(), "", "and " + (failures.size() - FAILURES_SHOWN)
                    + " more problems.", null));
        }
        return new InputException(problems);
    }
}
