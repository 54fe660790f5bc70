package dev.trustmap.quarterly;

import dev.trustmap.assessment.AssessmentJson;
import dev.trustmap.assessment.AssessmentRun;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.assessment.policy.PolicyWriter;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.evidence.review.ReviewResultsReader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.review.Decommission;
import dev.trustmap.model.review.ReviewResults;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.quarterly.InputsFolder.Input;
import dev.trustmap.quarterly.InputsFolder.Kind;
import dev.trustmap.reports.Renderers;
import dev.trustmap.reports.build.Methodology;
import dev.trustmap.reports.build.ReportBuilder;
import dev.trustmap.reports.build.ReportConfig;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.Renderer;
import dev.trustmap.reports.render.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * A quarter, from its inputs folder to every report and a verifiable evidence pack: read the folder (once, into a
 * snapshot), import and assess, read the earlier quarters, build the report model, render every format, write the
 * pack. Nothing lands in the output folder until all of it is complete. Every front end calls this: the
 * {@code quarterly} and {@code demo} commands, the tests and the benchmark.
 */
public final class QuarterlyRun {

    /**
     * What a run is asked to do.
     *
     * @param asOf the instant everything is judged at; the quarter's last second unless overridden
     * @param history earlier packs, their unpacked folders, or folders holding them
     * @param historyKey when present, every earlier pack must carry a signature that verifies with it
     * @param fingerprintKey the key secrets are fingerprinted with; null for unkeyed fingerprints of unguessable ones
     * @param version the trustmap version written into the reports and the manifest
     */
    public record Options(Quarter quarter, Instant asOf, Path inputs, Path out, List<Path> history,
            Optional<PublicKey> historyKey, Optional<PrivateKey> signKey, byte[] fingerprintKey,
            boolean ignoreUnknown, Catalog catalog, String version) {

        public Options {
            history = List.copyOf(history);
            fingerprintKey = fingerprintKey == null ? null : fingerprintKey.clone();
        }
    }

    /** What a run tells whoever drives it, step by step; every method may be left out. */
    public interface Listener {

        /** A step begins, e.g. {@code "importing and assessing"}. */
        default void started(String step) {
        }

        /** The step that began last is done; what it found, e.g. {@code "3000 identities, 9577 findings"}. */
        default void finished(String detail) {
        }

        /** An input file is being imported as {@code source}. */
        default void reading(EvidenceFile file, String source) {
        }

        /** The input file being imported is done. */
        default void read(EvidenceFile file) {
        }

        /** The import could not read something: rows skipped, activity for identities no export lists. */
        default void warning(InputProblem warning) {
        }
    }

    /** What a run wrote and judged. */
    public record Result(Quarter quarter, Instant asOf, Assessment assessment, Path folder, Path pack,
            boolean signed) {

        /** The open findings, as the assessment's KPIs counted them while judging (no walk over the findings). */
        public long openFindings() {
            return assessment.kpis().openFindings();
        }

        /** "quarter 2026-Q3 (as of 2026-09-30T23:59:59Z): 3000 identities, 9576 open findings". */
        public String summary() {
            return "quarter " + quarter + " (as of " + asOf + "): " + assessment.kpis().identities()
                    + " identities, " + openFindings() + " open findings";
        }

        /** A report of the unpacked folder, e.g. {@code board.pdf}. */
        public Path report(String fileName) {
            return folder.resolve("reports").resolve(fileName);
        }
    }

    private final Options options;
    private final Listener listener;
    private final String name;
    /** The inputs folder's files by their path inside it, once listed. */
    private final Set<String> inputNames = new HashSet<>();

    private QuarterlyRun(Options options, Listener listener) {
        this.options = options;
        this.listener = listener;
        this.name = "trustmap-" + options.quarter();
    }

    /**
     * Runs the quarter.
     *
     * @throws InputException for bad input, before anything is written to the output folder
     */
    public static Result run(Options options, Listener listener) {
        return new QuarterlyRun(options, listener).run();
    }

    /** Problems with a file of the inputs folder name it as the user can find it: the folder, then the path in it. */
    private Result run() {
        try {
            return runQuarter();
        } catch (InputException e) {
            throw new InputException(e.problems().stream().map(this::located).toList());
        }
    }

    /** A problem naming a file by its path inside the inputs folder, named with the folder in front. */
    private InputProblem located(InputProblem problem) {
        if (problem.file() == null || inputNames.isEmpty() || !inputNames.contains(problem.file())) {
            return problem;
        }
        return new InputProblem(options.inputs().resolve(problem.file()).toString(), problem.location(),
                problem.message(), problem.fix());
    }

    private Result runQuarter() {
        Fingerprints.useKey(options.fingerprintKey());
        // everything that can be refused is refused before a byte is written: the folders, odd entries
        listener.started("reading " + options.inputs());
        InputsFolder.Listing listing = InputsFolder.list(options.inputs());
        inputNames.addAll(listing.files());
        refuseOddEntries(listing);
        Assessment assessment;
        try (OutputFolder claimed = OutputFolder.claim(options.out(), name, options.inputs());
                StagedOutput staged = new StagedOutput(options.out())) {
            InputsFolder folder = InputsFolder.snapshot(listing, staged.scratch("inputs"), Importers.all());
            refuseUnknown(folder);
            Input policyFile = folder.single(Kind.POLICY);
            Policy policy = policyFile == null ? PolicyReader.defaults()
                    : PolicyReader.read(folder.file(policyFile).name(), AssessmentRun.bytes(policyFile.path()));
            Input resultsFile = folder.single(Kind.REVIEW_RESULTS);
            ReviewResults review = resultsFile == null ? null : ReviewResultsReader.read(folder.file(resultsFile));
            List<Decommission> decommissions = AssessmentRun.decommissions(folder.files(Kind.DECOMMISSIONS));
            Input configFile = folder.single(Kind.REPORT_CONFIG);
            ReportConfig config = configFile == null ? ReportConfigFile.read(null)
                    : ReportConfigFile.read(configFile.path(), folder.file(configFile).name(), folder.snapshot());
            List<EvidenceFile> evidence = folder.files(Kind.EVIDENCE);
            if (evidence.isEmpty()) {
                throw new InputException(new InputProblem(options.inputs().toString(), "", "holds no export"
                        + " trustmap can read.", "Put this quarter's exports in the folder; 'trustmap formats' lists"
                        + " what is read."));
            }
            int skipped = folder.of(Kind.UNKNOWN).size() + listing.refused().size();
            listener.finished(folder.all().size() + " files: exports " + evidence.size() + ", owners and people "
                    + folder.of(Kind.OWNERS).size() + ", exceptions " + folder.of(Kind.EXCEPTIONS).size()
                    + ", attestations " + folder.of(Kind.ATTESTATIONS).size() + reviewCounts(folder)
                    + (policyFile == null
                            ? ", default policy" : ", policy " + policyFile.name())
                    + (skipped == 0 ? "" : ", skipped " + skipped));

            // history first: each finding's clock and change depend on the quarters before
            listener.started("reading history");
            History.Earlier history = History.withFindings(options.history(), asOf(), options.historyKey());
            List<Assessment> earlier = history.assessments();
            listener.finished(earlier.size() + " earlier quarters" + (earlier.isEmpty() ? ""
                    : ", " + History.checked(options.historyKey())));

            listener.started("importing and assessing");
            AssessmentRun.Result result = new AssessmentRun(options.catalog(), policy, asOf(),
                    AssessmentRun.exceptions(folder.files(Kind.EXCEPTIONS), options.catalog()),
                    AssessmentRun.attestations(folder.files(Kind.ATTESTATIONS), options.catalog()),
                    options.ignoreUnknown(), history.findings(), decommissions).runFiles(evidence,
                    folder.files(Kind.OWNERS), importListener());
            assessment = result.assessment();
            // what the import could not read, then what the assessment could not place (an attestation naming no
            // identity): both are part of how the quarter was judged
            List<InputProblem> warnings = new ArrayList<>(result.inventory().warnings());
            warnings.addAll(assessment.warnings());
            listener.finished(assessment.kpis().identities() + " identities, " + assessment.findings().size()
                    + " findings" + (warnings.isEmpty() ? "" : ", " + warnings.size() + " import warning"
                            + (warnings.size() == 1 ? "" : "s") + " (below, and in METHODOLOGY.md)"));
            // a warning can mean findings were lost (a column missing, rows skipped): never drop one silently
            warnings.forEach(w -> listener.warning(located(SecretGuard.problem(w))));

            listener.started("rendering reports");
            ReportModel model = new ReportBuilder(options.catalog(), config, options.version())
                    .ownerReview(review).build(assessment, result.inventory(), earlier);
            EvidencePack.StagedInputs packInputs = render(staged, folder, model, assessment, policy, warnings);

            listener.started("writing the evidence pack");
            EvidencePack.write(staged, name, packInputs, assessment, options.quarter().toString(), options.signKey(),
                    options.version());
            listener.finished(name + ".zip");
            staged.commit();
            claimed.committed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(options.quarter(), asOf(), assessment, options.out().resolve(name),
                options.out().resolve(name + ".zip"), options.signKey().isPresent());
    }

    private Instant asOf() {
        return options.asOf() != null ? options.asOf() : options.quarter().end();
    }

    private void refuseOddEntries(InputsFolder.Listing listing) {
        if (listing.refused().isEmpty() || options.ignoreUnknown()) {
            return;
        }
        List<InputProblem> problems = new ArrayList<>();
        listing.refused().forEach(r -> problems.add(new InputProblem(options.inputs().resolve(r.name()).toString(),
                "", r.reason() + ".", null)));
        problems.add(new InputProblem(options.inputs().toString(), "", "an inputs folder holds regular files only.",
                "Replace links with the files themselves and rename or remove the entries above, or skip them"
                + " with --ignore-unknown (the pack then lists them)."));
        throw new InputException(problems);
    }

    private void refuseUnknown(InputsFolder folder) {
        List<Input> unknown = folder.of(Kind.UNKNOWN);
        if (unknown.isEmpty() || options.ignoreUnknown()) {
            return;
        }
        List<InputProblem> problems = new ArrayList<>();
        unknown.forEach(u -> problems.add(new InputProblem(u.name(), "", "not a kind of file trustmap recognises.",
                null)));
        problems.add(new InputProblem(options.inputs().toString(), "", "an inputs folder holds exports of the"
                + " formats 'trustmap formats' lists, owners workbooks, a people directory, a policy (kind: policy),"
                + " exceptions, attestations, an owner review's review-results.json and decommissions.csv, and"
                + " report.yaml.", "Move the files above out of the folder, or skip"
                + " them with --ignore-unknown (the pack then lists them)."));
        throw new InputException(problems);
    }

    /** {@code ", review results 1, decommissions 1"} when the folder holds an owner review's files; else nothing. */
    private static String reviewCounts(InputsFolder folder) {
        int results = folder.of(Kind.REVIEW_RESULTS).size();
        int decommissions = folder.of(Kind.DECOMMISSIONS).size();
        return results + decommissions == 0 ? "" : ", review results " + results + ", decommissions " + decommissions;
    }

    private InventoryImport.Listener importListener() {
        return new InventoryImport.Listener() {
            @Override
            public void reading(EvidenceFile file, String source) {
                listener.reading(file, source);
            }

            @Override
            public void read(EvidenceFile file) {
                listener.read(file);
            }
        };
    }

    /**
     * Every format side by side, one per processor, with the assessment, the OSCAL documents, the methodology and the
     * redacted copies of the inputs (which need no report, so they are made meanwhile); returns what the inputs
     * became in the pack. The longest tasks start first, so that no core is left with one long task at the end.
     */
    private EvidencePack.StagedInputs render(StagedOutput staged, InputsFolder folder, ReportModel model,
            Assessment assessment, Policy policy, List<InputProblem> warnings) throws IOException {
        ReportOutput data = prefixed(staged, name + "/" + Renderer.PackPlace.DATA.folder());
        Map<String, Callable<Void>> tasks = new LinkedHashMap<>();
        String period = options.quarter().toString();
        tasks.put("poam", () -> {
            EvidencePack.oscalPoam(staged, name, assessment, options.catalog(), period, options.version());
            return null;
        });
        for (Renderer renderer : Renderers.all()) {
            ReportOutput place = prefixed(staged, name + "/" + renderer.packPlace().folder());
            tasks.put(renderer.format(), () -> {
                renderer.render(model, renderer.packAudience(), place);
                return null;
            });
        }
        tasks.put("assessment", () -> {
            try (OutputStream json = data.create("assessment.json")) {
                AssessmentJson.write(assessment, json);
            }
            return null;
        });
        EvidencePack.StagedInputs[] packInputs = new EvidencePack.StagedInputs[1];
        tasks.put("inputs", () -> {
            packInputs[0] = EvidencePack.stageInputs(staged, name, folder);
            return null;
        });
        tasks.put("oscal results", () -> {
            EvidencePack.oscalResults(staged, name, assessment, options.catalog(), period, options.version());
            return null;
        });
        tasks.put("methodology", () -> {
            try (OutputStream md = staged.create(name + "/METHODOLOGY.md")) {
                md.write((Methodology.markdown(model.meta(), PolicyWriter.yaml(policy)) + warningsSection(warnings))
                        .getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        listener.finished("board and operator: " + Parallel.run(longestFirst(tasks)));
        return packInputs[0];
    }

    /** The tasks in the order of what they cost at scale, the longest first; any other after them as given. */
    private static Map<String, Callable<Void>> longestFirst(Map<String, Callable<Void>> tasks) {
        Map<String, Callable<Void>> ordered = new LinkedHashMap<>();
        for (String name : List.of("poam", "xlsx", "csv", "inputs", "assessment", "html", "pdf", "json")) {
            if (tasks.containsKey(name)) {
                ordered.put(name, tasks.get(name));
            }
        }
        tasks.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The import warnings, for METHODOLOGY.md: what the run could not read is part of how it judged. */
    static String warningsSection(List<InputProblem> warnings) {
        if (warnings.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Import warnings\n\nThe import reported " + warnings.size()
                + (warnings.size() == 1 ? " warning" : " warnings") + ". Rows or files named here were read in part"
                + " or not at all, so findings they would have given may be missing.\n\n");
        warnings.forEach(w -> md.append("- ").append(SecretGuard.problem(w).describe().replace("\n", " "))
                .append('\n'));
        return md.toString();
    }

    /** The staged output under a folder prefix, so renderers keep writing plain file names. */
    private static ReportOutput prefixed(StagedOutput staged, String prefix) {
        return fileName -> staged.create(prefix + fileName);
    }

    /** The signing key read from its file, or empty: for front ends that take a path. */
    public static Optional<PrivateKey> signKey(Path file) {
        return file == null ? Optional.empty() : Optional.of(SigningKeys.readPrivate(file));
    }
}
