package dev.trustmap.evidence;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports a set of files (folders are walked) into one inventory: every file is matched to its importer first,
 * so that an unrecognised file stops the run before anything is read, then each is read in turn.
 */
public final class InventoryImport {

    /** The source key under which an owners workbook is listed. */
    public static final String OWNERS = "owners";

    /**
     * Told about each file as it is read, for progress output. What each file contributed is known only once every
     * file is read and the records are merged: it is in the inventory's {@link Inventory#sources()}.
     */
    public interface Listener {
        default void reading(EvidenceFile file, String source) {
        }

        /** The file has been read. */
        default void read(EvidenceFile file) {
        }
    }

    private final Importers importers;
    private final ImportOptions options;
    private final boolean ignoreUnknown;
    private final int memoryLimit;

    /**
     * @param ignoreUnknown when true, files no importer recognises are skipped and listed in the warnings instead
     *     of stopping the run
     */
    public InventoryImport(Importers importers, ImportOptions options, boolean ignoreUnknown) {
        this(importers, options, ignoreUnknown, InventoryBuilder.DEFAULT_MEMORY_LIMIT);
    }

    /**
     * @param memoryLimit identity and activity records held in memory before they are written to disk (tests make
     *     it tiny, so that small inputs take the path of large ones)
     */
    InventoryImport(Importers importers, ImportOptions options, boolean ignoreUnknown, int memoryLimit) {
        this.importers = importers;
        this.options = options;
        this.ignoreUnknown = ignoreUnknown;
        this.memoryLimit = memoryLimit;
    }

    /**
     * @param source the source key every file is read as, or null to detect each file's format
     * @param ownersFiles owners workbooks named as such; owners workbooks among the inputs are found by content
     */
    /** The inventory, and the owners workbooks met on the way (their people and control owners serve assess). */
    public record Result(Inventory inventory, List<OwnersWorkbook> owners) {
    }

    public Result run(List<Path> inputs, String source, List<Path> ownersFiles, Listener listener) {
        return runFiles(expand(inputs), source, expand(ownersFiles), listener);
    }

    /**
     * As {@link #run}, for files already listed: each read from its path and named in messages by its name (a
     * quarterly run reads its snapshot of the inputs, and names the files as the user keeps them).
     */
    public Result runFiles(List<EvidenceFile> inputs, String source, List<EvidenceFile> ownersFiles,
            Listener listener) {
        List<InputProblem> skipped = new ArrayList<>();
        List<EvidenceFile> owners = new ArrayList<>(ownersFiles);
        Map<EvidenceFile, Importer> plan = plan(inputs, source, owners, skipped);
        InventoryBuilder builder = new InventoryBuilder(options, memoryLimit);
        skipped.forEach(builder::warning);
        for (Map.Entry<EvidenceFile, Importer> step : plan.entrySet()) {
            listener.reading(step.getKey(), step.getValue().source());
            builder.startFile(step.getKey(), step.getValue().source());
            step.getValue().read(step.getKey(), builder);
            builder.endFile();
            listener.read(step.getKey());
        }
        // the owners' word comes last: it overrides what importers found or inferred (the builder applies the
        // rows as it merges the identities)
        List<OwnersWorkbook> workbooks = new ArrayList<>();
        for (EvidenceFile file : owners) {
            listener.reading(file, OWNERS);
            builder.startFile(file, OWNERS);
            OwnersWorkbook workbook = OwnersWorkbook.read(file);
            workbooks.add(workbook);
            builder.owners(workbook.identityOwners());
            builder.endFile();
            listener.read(file);
        }
        return new Result(builder.build(), workbooks);
    }

    private Map<EvidenceFile, Importer> plan(List<EvidenceFile> files, String source, List<EvidenceFile> owners,
            List<InputProblem> skipped) {
        Map<EvidenceFile, Importer> plan = new LinkedHashMap<>();
        List<InputProblem> unknown = new ArrayList<>();
        Importer forced = source == null ? null : importers.bySource(source).orElseThrow(() -> new InputException(
                new InputProblem("--source " + source, "", "no importer has the source key '" + source + "'.",
                        "Use one of:\n" + importers.known())));
        for (EvidenceFile file : files) {
            if (forced != null) {
                plan.put(file, forced);
                continue;
            }
            try {
                plan.put(file, importers.detect(file));
            } catch (InputException e) {
                if (OwnersWorkbook.recognises(file)) {
                    owners.add(file);
                    continue;
                }
                unknown.add(new InputProblem(file.name(), "", "not a format trustmap recognises"
                        + (ignoreUnknown ? "; skipped (--ignore-unknown)." : "."), null));
            }
        }
        if (ignoreUnknown) {
            skipped.addAll(unknown);
        } else if (!unknown.isEmpty()) {
            unknown.add(new InputProblem("(formats)", "", "trustmap reads these formats, detected by content:\n"
                    + importers.known(), "Export the files above with one of these tools, or name the format with"
                    + " --source KEY, or skip them with --ignore-unknown."));
            throw new InputException(unknown);
        }
        if (plan.isEmpty() && owners.isEmpty()) {
            throw new InputException(new InputProblem(String.join(" ", files.stream().map(EvidenceFile::name)
                    .toList()), "", "no input files were found.", "Name export files or folders that hold them."));
        }
        return plan;
    }

    /** Files as named; folders walked in path order, hidden files skipped. */
    static List<EvidenceFile> expand(List<Path> inputs) {
        List<EvidenceFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new InputException(new InputProblem(input.toString(), "", "no such file or folder.",
                        "Check the path."));
            }
            if (!Files.isDirectory(input)) {
                files.add(new EvidenceFile(input));
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(p -> files.add(new EvidenceFile(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
