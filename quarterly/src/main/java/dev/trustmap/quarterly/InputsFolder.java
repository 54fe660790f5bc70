package dev.trustmap.quarterly;

import dev.trustmap.assessment.policy.AttestationsReader;
import dev.trustmap.assessment.policy.ExceptionsReader;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.review.DecommissionsReader;
import dev.trustmap.evidence.review.ReviewResultsReader;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An inputs folder as people keep it: exports, owners workbooks, a people directory, the policy, exceptions,
 * attestations, an owner review's results and decommission list, and the report configuration, in any sub-folders
 * and under any names. Each file is recognised by what it holds, never by its name; hidden files and folders
 * (starting with a dot) are passed over.
 *
 * <p>A run reads the folder once: {@link #list} walks it without following links and gives every odd entry (a
 * link, a pipe, a device, a name no pack can hold) an outcome before anything is written; {@link #snapshot} then
 * copies each file into the run's staging area, hashing it as it goes, and everything after (recognition, import,
 * the pack's copy) reads that snapshot. A file replaced while the run goes on cannot be assessed in one form and
 * stored in another.
 */
public final class InputsFolder {

    /** What a file in the folder is. */
    public enum Kind {
        EVIDENCE, OWNERS, POLICY, EXCEPTIONS, ATTESTATIONS, REVIEW_RESULTS, DECOMMISSIONS, REPORT_CONFIG, LOGO,
        UNKNOWN;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One file of the folder.
     *
     * @param path where the run reads it: its snapshot
     * @param name its path inside the folder, with '/' between folders: how the pack and the messages name it
     * @param format the importer's source key for evidence, otherwise the kind's key
     * @param sha256 the SHA-256 of its bytes, taken while they were copied into the snapshot
     */
    public record Input(Path path, String name, Kind kind, String format, String sha256) {
    }

    /** An entry of the folder that is not read (a link, a pipe, an odd name), and why. */
    public record Refused(String name, String reason) {
    }

    /**
     * What {@link #list} found: the regular files to read, and the entries refused.
     *
     * @param root the folder as the user named it; {@code real} where it is
     */
    public record Listing(Path root, Path real, List<String> files, List<Refused> refused) {
    }

    private final Path root;
    private final Path snapshot;
    private final List<Input> inputs;
    private final List<Refused> refused;

    private InputsFolder(Path root, Path snapshot, List<Input> inputs, List<Refused> refused) {
        this.root = root;
        this.snapshot = snapshot;
        this.inputs = List.copyOf(inputs);
        this.refused = List.copyOf(refused);
    }

    /**
     * Every entry under {@code root}, in path order, without following a link or reading a byte. Regular files
     * are listed to be read; a symbolic link (to a file or a folder, inside or out), a pipe, a socket or a device,
     * and a name with a backslash or a control character are refused with the reason.
     */
    public static Listing list(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InputException(new InputProblem(root.toString(), "", "is not a folder.",
                    "Pass the folder that holds this quarter's exports, workbooks, policy and exceptions."));
        }
        Path start;
        try {
            start = root.toRealPath(); // the folder named may itself be a link; what it holds is not followed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> files = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(start)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = name(start, dir);
                    if (hidden(name)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String odd = oddName(name);
                    if (odd != null) {
                        refused.add(new Refused(printable(name) + "/", odd));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = name(start, file);
                    if (hidden(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String odd = oddName(name);
                    if (odd != null) {
                        refused.add(new Refused(printable(name), odd));
                    } else if (attributes.isSymbolicLink()) {
                        refused.add(new Refused(name, "a symbolic link; trustmap reads only the files the folder"
                                + " itself holds and never follows a link"));
                    } else if (!attributes.isRegularFile()) {
                        refused.add(new Refused(name, "not a regular file (a pipe, socket or device)"));
                    } else {
                        files.add(name);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    refused.add(new Refused(printable(name(start, file)), "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        refused.sort((a, b) -> a.name().compareTo(b.name()));
        return new Listing(root, start, files, refused);
    }

    /**
     * Copies every listed file into {@code into} (same sub-folders), hashing it as it is copied, then recognises
     * each copy by its content. From here on the run reads only the copies.
     */
    public static InputsFolder snapshot(Listing listing, Path into, Importers importers) {
        List<Input> copies = new ArrayList<>();
        for (String name : listing.files()) {
            Path copy = into.resolve(name);
            String sha256 = copy(listing.real().resolve(name), copy);
            copies.add(new Input(copy, name, Kind.UNKNOWN, Kind.UNKNOWN.key(), sha256));
        }
        List<Input> inputs = new ArrayList<>();
        Set<Path> logos = new HashSet<>();
        for (Input copy : copies) {
            EvidenceFile evidence = new EvidenceFile(copy.path(), copy.name());
            Kind kind = ownKind(evidence.head());
            String format = kind.key();
            if (kind == Kind.UNKNOWN) {
                try {
                    format = importers.detect(evidence).source();
                    kind = Kind.EVIDENCE;
                } catch (InputException notEvidence) {
                    if (OwnersWorkbook.recognises(evidence)) {
                        kind = Kind.OWNERS;
                        format = kind.key();
                    }
                }
            }
            if (kind == Kind.REPORT_CONFIG) {
                ReportConfigFile.logoPath(copy.path(), listing.root().resolve(copy.name()).toString())
                        .ifPresent(logo -> logos.add(logo.normalize()));
            }
            inputs.add(new Input(copy.path(), copy.name(), kind, format, copy.sha256()));
        }
        List<Input> resolved = new ArrayList<>();
        for (Input input : inputs) {
            boolean logo = input.kind() == Kind.UNKNOWN && logos.contains(input.path().toAbsolutePath().normalize());
            resolved.add(logo ? new Input(input.path(), input.name(), Kind.LOGO, Kind.LOGO.key(), input.sha256())
                    : input);
        }
        return new InputsFolder(listing.root(), into, resolved, listing.refused());
    }

    /** Copies one file, refusing to follow a link swapped in since the listing; returns its SHA-256. */
    private static String copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(to), digest)) {
                in.transferTo(out);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InputException(new InputProblem(from.toString(), "", "cannot be read: " + e.getMessage(),
                    "Check that the file is still there and readable, then run again."));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String name(Path root, Path entry) {
        return root.relativize(entry).toString().replace(java.io.File.separatorChar, '/');
    }

    private static boolean hidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Why a name cannot be kept in a pack (or shown on one line), or null when it can. */
    private static String oddName(String name) {
        if (name.indexOf('\\') >= 0) {
            return "its name holds a backslash, which a pack cannot hold (it means a folder on Windows)";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "its name holds a control character (a line break, a tab), which a pack cannot hold";
        }
        return null;
    }

    /** A name as one line: control characters shown as \x0a. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.chars().forEach(c -> shown.append(c < 0x20 || c == 0x7f
                ? String.format(Locale.ROOT, "\\x%02x", c) : String.valueOf((char) c)));
        return shown.toString();
    }

    /**
     * The kinds trustmap reads itself, by content: each reader says whether a head is its kind, asked in this order
     * (attestations before exceptions, since both name controls; the report configuration last, as its keys are
     * the most common words). All of them are asked before the importers and the owners workbook: a review's
     * decommission list names {@code identity_id}, as an owners sheet does, and only its exact header tells it apart.
     */
    static Kind ownKind(FileHead head) {
        if (PolicyReader.recognises(head)) {
            return Kind.POLICY;
        }
        if (ReviewResultsReader.recognises(head)) {
            return Kind.REVIEW_RESULTS;
        }
        if (DecommissionsReader.recognises(head)) {
            return Kind.DECOMMISSIONS;
        }
        if (AttestationsReader.recognises(head)) {
            return Kind.ATTESTATIONS;
        }
        if (ExceptionsReader.recognises(head)) {
            return Kind.EXCEPTIONS;
        }
        return ReportConfigFile.recognises(head) ? Kind.REPORT_CONFIG : Kind.UNKNOWN;
    }

    /** The folder as the user named it. */
    public Path root() {
        return root;
    }

    /** Where the copies are. */
    public Path snapshot() {
        return snapshot;
    }

    public List<Input> all() {
        return inputs;
    }

    /** Entries not read: links, pipes, odd names. */
    public List<Refused> refused() {
        return refused;
    }

    public List<Input> of(Kind kind) {
        return inputs.stream().filter(i -> i.kind() == kind).toList();
    }

    /**
     * The file as read, named by its path inside the inputs folder ({@code evidence/aws/keys.csv}), as the pack stores
     * it under {@code inputs/}: what the outputs record never depends on where the folder was on the machine that
     * ran the quarter. Messages to the user name the folder too ({@link QuarterlyRun}).
     */
    public EvidenceFile file(Input input) {
        return new EvidenceFile(input.path(), input.name());
    }

    public List<EvidenceFile> files(Kind kind) {
        return of(kind).stream().map(this::file).toList();
    }

    /** At most one file of a kind that can only be one (the policy, the report configuration, review results). */
    public Input single(Kind kind) {
        List<Input> found = of(kind);
        if (found.size() > 1) {
            throw new InputException(new InputProblem(String.join(", ", found.stream().map(Input::name).toList()),
                    "", "the folder holds " + found.size() + " files of kind " + kind.key() + "; a quarter has one.",
                    kind == Kind.REVIEW_RESULTS ? "Keep the results of the one campaign this quarter follows and"
                            + " move the others out of the inputs folder."
                            : "Keep one and move the others out of the inputs folder."));
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
