package dev.trustmap.cli.commands.quarterly;

import dev.trustmap.cli.internal.ReportConfigFile;
import dev.trustmap.evidence.EvidenceFile;
import dev.trustmap.evidence.FileHead;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An inputs folder as people keep it: exports, owners workbooks, a people directory, the policy, exceptions,
 * attestations and the report configuration, in any sub-folders and under any names. Each file is recognised by what
 * it holds, never by its name; hidden files (starting with a dot) are passed over.
 */
public final class InputsFolder {

    /** What a file in the folder is. */
    public enum Kind {
        EVIDENCE, OWNERS, POLICY, EXCEPTIONS, ATTESTATIONS, REPORT_CONFIG, LOGO, UNKNOWN;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One file of the folder.
     *
     * @param name its path inside the folder, with '/' between folders: how the pack and the messages name it
     * @param format the importer's source key for evidence, otherwise the kind's key
     */
    public record Input(Path path, String name, Kind kind, String format) {
    }

    private static final Pattern POLICY = Pattern.compile("(?m)^kind\\s*:\\s*[\"']?policy[\"']?\\s*$");
    private static final Pattern EXCEPTIONS_KEY = Pattern.compile("(?m)^exceptions\\s*:");
    private static final Pattern ATTESTATIONS_KEY = Pattern.compile("(?m)^attestations\\s*:");
    private static final Pattern ATTESTED_BY = Pattern.compile("(?m)^[\\s-]*attested_by\\s*:");
    private static final Pattern APPROVED = Pattern.compile("(?m)^[\\s-]*(approved_by|expires_on)\\s*:");
    private static final Pattern CONTROL_ID = Pattern.compile("(?m)^[\\s-]*control_id\\s*:");
    private static final Pattern REPORT_KEY = Pattern.compile("(?m)^(organisation|logo|accent)\\s*:");

    private final Path root;
    private final List<Input> inputs;

    private InputsFolder(Path root, List<Input> inputs) {
        this.root = root;
        this.inputs = List.copyOf(inputs);
    }

    /** Every file under {@code root}, in path order, each with its kind. */
    public static InputsFolder read(Path root, Importers importers) {
        if (!Files.isDirectory(root)) {
            throw new InputException(new InputProblem(root.toString(), "", "is not a folder.",
                    "Pass the folder that holds this quarter's exports, workbooks, policy and exceptions."));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).toString().chars().noneMatch(c -> c == '\\')
                            && !hidden(root.relativize(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Input> inputs = new ArrayList<>();
        Set<Path> logos = new HashSet<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            EvidenceFile evidence = new EvidenceFile(file, name);
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
                ReportConfigFile.logoPath(file).ifPresent(logo -> logos.add(logo.normalize()));
            }
            inputs.add(new Input(file, name, kind, format));
        }
        List<Input> resolved = new ArrayList<>();
        for (Input input : inputs) {
            boolean logo = input.kind() == Kind.UNKNOWN && logos.contains(input.path().toAbsolutePath().normalize());
            resolved.add(logo ? new Input(input.path(), input.name(), Kind.LOGO, Kind.LOGO.key()) : input);
        }
        return new InputsFolder(root, resolved);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The kinds trustmap reads itself (policy, exceptions, attestations, report configuration), by content. */
    static Kind ownKind(FileHead head) {
        if (head.zip() || head.json()) {
            return Kind.UNKNOWN;
        }
        String text = head.text();
        if (POLICY.matcher(text).find()) {
            return Kind.POLICY;
        }
        List<String> header = csvHeader(head.firstLine());
        if (header.contains("control_id")) {
            if (header.contains("attested_by")) {
                return Kind.ATTESTATIONS;
            }
            if (header.contains("approved_by") || header.contains("expires_on")) {
                return Kind.EXCEPTIONS;
            }
        }
        if (ATTESTATIONS_KEY.matcher(text).find()
                || CONTROL_ID.matcher(text).find() && ATTESTED_BY.matcher(text).find()) {
            return Kind.ATTESTATIONS;
        }
        if (EXCEPTIONS_KEY.matcher(text).find()
                || CONTROL_ID.matcher(text).find() && APPROVED.matcher(text).find()) {
            return Kind.EXCEPTIONS;
        }
        if (REPORT_KEY.matcher(text).find()) {
            return Kind.REPORT_CONFIG;
        }
        return Kind.UNKNOWN;
    }

    private static List<String> csvHeader(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            cells.add(cell.trim().replace("\"", "").replace("\uFEFF", "").toLowerCase(Locale.ROOT));
        }
        return cells;
    }

    public Path root() {
        return root;
    }

    public List<Input> all() {
        return inputs;
    }

    public List<Input> of(Kind kind) {
        return inputs.stream().filter(i -> i.kind() == kind).toList();
    }

    /** At most one file of a kind that can only be one (the policy, the report configuration). */
    public Input single(Kind kind) {
        List<Input> found = of(kind);
        if (found.size() > 1) {
            throw new InputException(new InputProblem(String.join(", ", found.stream().map(Input::name).toList()),
                    "", "the folder holds " + found.size() + " files of kind " + kind.key() + "; a quarter has one.",
                    "Keep one and move the others out of the inputs folder."));
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
