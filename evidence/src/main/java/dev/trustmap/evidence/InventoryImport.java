package dev.trustmap.evidence;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.model.collection.DaemonPool;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Imports a set of files (folders are walked) into one inventory: every file is matched to its importer first,
 * so that an unrecognised file stops the run before anything is read, then the files are read side by side, one
 * per core, and taken in one after another in the order they were named, so the inventory is what reading them
 * in turn gives.
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
    private final int threads;

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
        this(importers, options, ignoreUnknown, memoryLimit, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads files read at once at most; 1 reads them one after another on the calling thread */
    InventoryImport(Importers importers, ImportOptions options, boolean ignoreUnknown, int memoryLimit,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, not " + threads);
        }
        this.importers = importers;
        this.options = options;
        this.ignoreUnknown = ignoreUnknown;
        this.memoryLimit = memoryLimit;
        this.threads = threads;
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
        int files = plan.size() + owners.size();
        if (Math.min(files, threads) <= 1) {
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
                workbooks.add(owners(builder, file, OwnersWorkbook.read(file)));
                listener.read(file);
            }
            return new Result(builder.build(), workbooks);
        }
        List<OwnersWorkbook> workbooks = sideBySide(plan, owners, builder, Math.min(files, threads), listener);
        return new Result(builder.build(), workbooks);
    }

    /**
     * Reads the files on several threads, the largest first, and takes each in as a sequential import would, in
     * the plan's order: its identity records join the others as they come (the builder puts each id's records back
     * in file order), its aliases, leaks and warnings once the files before it are taken in. So the inventory, the
     * warnings and the progress shown are those of reading one file after another; only the time differs. When a
     * file cannot be read, the failure thrown is that of the first such file in the plan's order, as it would
     * have been, and the reading of the rest is stopped.
     *
     * @return the owners workbooks, read side by side with the rest and applied last, in the order given
     */
    private static List<OwnersWorkbook> sideBySide(Map<EvidenceFile, Importer> plan, List<EvidenceFile> owners,
            InventoryBuilder builder, int threads, Listener listener) {
        ExecutorService pool = DaemonPool.of("trustmap-read", threads);
        try {
            List<Reading<InventoryBuilder.FileSink>> readings = new ArrayList<>();
            for (Map.Entry<EvidenceFile, Importer> step : plan.entrySet()) {
                InventoryBuilder.FileSink sink = builder.open(step.getKey(), step.getValue().source());
                readings.add(new Reading<>(step.getKey(), step.getValue().source(), () -> {
                    step.getValue().read(step.getKey(), sink);
                    sink.end();
                    return sink;
                }));
            }
            List<Reading<OwnersWorkbook>> sheets = owners.stream()
                    .map(file -> new Reading<>(file, OWNERS, () -> {
                        OwnersWorkbook workbook = OwnersWorkbook.read(file);
                        file.sha256(); // while on the pool: the file is read once more for it
                        return workbook;
                    })).toList();
            List<Reading<?>> largestFirst = new ArrayList<>(readings);
            largestFirst.addAll(sheets);
            largestFirst.sort(Comparator.comparingLong((Reading<?> r) -> -r.file.size()));
            largestFirst.forEach(reading -> reading.start(pool));
            for (Reading<InventoryBuilder.FileSink> reading : readings) {
                builder.close(reading.result(listener, builder));
            }
            List<OwnersWorkbook> workbooks = new ArrayList<>();
            for (Reading<OwnersWorkbook> sheet : sheets) {
                workbooks.add(owners(builder, sheet.file, sheet.result(listener, builder)));
            }
            return workbooks;
        } finally {
            // the readings still at work stop at their next record; the spill folder must not change after this
            DaemonPool.stop(pool);
        }
    }

    /** One file's reading on the pool, and its result taken in order, with the progress of a sequential import. */
    private static final class Reading<T> {
        private final EvidenceFile file;
        private final String source;
        private final Callable<T> read;
        private Future<T> running;

        Reading(EvidenceFile file, String source, Callable<T> read) {
            this.file = file;
            this.source = source;
            this.read = read;
        }

        void start(ExecutorService pool) {
            running = pool.submit(read);
        }

        T result(Listener listener, InventoryBuilder builder) {
            listener.reading(file, source);
            try {
                T result = running.get();
                listener.read(file);
                return result;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                builder.abandon();
                throw new IllegalStateException("interrupted while reading " + file.name(), e);
            } catch (ExecutionException e) {
                builder.abandon();
                if (e.getCause() instanceof RuntimeException thrown) {
                    throw thrown;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("reading " + file.name() + " failed", e.getCause());
            }
        }
    }

    /** The owners workbook's rows given to the builder, as a file of their own. */
    private static OwnersWorkbook owners(InventoryBuilder builder, EvidenceFile file, OwnersWorkbook workbook) {
        builder.startFile(file, OWNERS);
        builder.owners(workbook.identityOwners());
        builder.endFile();
        return workbook;
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
