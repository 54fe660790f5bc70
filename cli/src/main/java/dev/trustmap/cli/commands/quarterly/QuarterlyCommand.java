package dev.trustmap.cli.commands.quarterly;

import dev.trustmap.cli.ExitCode;
import dev.trustmap.cli.commands.quarterly.InputsFolder.Input;
import dev.trustmap.cli.commands.quarterly.InputsFolder.Kind;
import dev.trustmap.cli.internal.AsOfConverter;
import dev.trustmap.cli.internal.AssessmentRun;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.FailOnOption;
import dev.trustmap.cli.internal.FingerprintKeyOption;
import dev.trustmap.cli.internal.HistoryOption;
import dev.trustmap.cli.internal.PeriodConverter;
import dev.trustmap.cli.internal.ReportConfigFile;
import dev.trustmap.cli.internal.StagedOutput;
import dev.trustmap.cli.internal.VersionProvider;
import dev.trustmap.evidence.EvidenceFile;
import dev.trustmap.evidence.Importers;
import dev.trustmap.assessment.AssessmentJson;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.assessment.policy.PolicyWriter;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.reports.build.Methodology;
import dev.trustmap.reports.build.ReportBuilder;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.Renderer;
import dev.trustmap.reports.render.Renderers;
import dev.trustmap.reports.render.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trustmap quarterly}: one command from this quarter's inputs folder to every report and a verifiable evidence
 * pack. Import, assess, render, pack; nothing lands in the output folder until all of it is complete.
 */
@Command(name = "quarterly", mixinStandardHelpOptions = true,
        description = "Run a quarter: read every file of the inputs folder (recognised by content), assess, render"
                + " the board and operator reports in every format, and write the evidence pack"
                + " trustmap-PERIOD.zip beside its unpacked folder.")
public final class QuarterlyCommand extends BaseCommand {

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "The quarter, e.g. 2026-Q3. Everything is judged as of its last second (UTC).")
    private Quarter quarter;

    @Option(names = "--inputs", required = true, paramLabel = "DIR", description = "The quarter's inputs: exports,"
            + " owners workbooks, people directory, policy.yaml, exceptions, attestations, report.yaml.")
    private Path inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the pack and reports go.")
    private Path out;

    @Mixin
    private HistoryOption history;

    @Option(names = "--sign-key", paramLabel = "KEY", description = "An Ed25519 private key (PEM) to sign the"
            + " manifest with; 'trustmap keys generate' makes a pair.")
    private Path signKey;

    @Option(names = "--as-of", paramLabel = "TIME", converter = AsOfConverter.class,
            description = "Judge as of this instant instead of the quarter's last second.")
    private Instant asOf;

    @Mixin
    private FailOnOption failOn;

    @Option(names = "--ignore-unknown", description = "Skip files of no known kind (they are listed in the pack)"
            + " instead of stopping.")
    private boolean ignoreUnknown;

    @Mixin
    private CatalogOption catalogOption;


    @Mixin
    private FingerprintKeyOption fingerprintKey;

    @Override
    protected ExitCode execute() {
        fingerprintKey.install();
        Instant instant = asOf != null ? asOf : quarter.end();
        String name = "trustmap-" + quarter;
        // everything that can be refused is refused before a byte is written: the key, the folders, odd entries
        Optional<PrivateKey> key = signKey == null ? Optional.empty() : Optional.of(SigningKeys.readPrivate(signKey));
        Steps steps = new Steps(err());
        steps.start("reading " + inputs);
        InputsFolder.Listing listing = InputsFolder.list(inputs);
        if (!listing.refused().isEmpty() && !ignoreUnknown) {
            List<InputProblem> problems = new ArrayList<>();
            listing.refused().forEach(r -> problems.add(new InputProblem(inputs.resolve(r.name()).toString(), "",
                    r.reason() + ".", null)));
            problems.add(new InputProblem(inputs.toString(), "", "an inputs folder holds regular files only.",
                    "Replace links with the files themselves and rename or remove the entries above, or skip them"
                    + " with --ignore-unknown (the pack then lists them)."));
            throw new InputException(problems);
        }
        Catalog catalog = catalogOption.load();
        List<Path> written;
        Assessment assessment;
        try (OutputFolder claimed = OutputFolder.claim(out, name, inputs);
                StagedOutput staged = new StagedOutput(out)) {
            InputsFolder folder = InputsFolder.snapshot(listing, staged.scratch("inputs"), Importers.all());
            List<Input> unknown = folder.of(Kind.UNKNOWN);
            if (!unknown.isEmpty() && !ignoreUnknown) {
                List<InputProblem> problems = new ArrayList<>();
                unknown.forEach(u -> problems.add(new InputProblem(u.name(), "", "not a kind of file trustmap"
                        + " recognises.", null)));
                problems.add(new InputProblem(inputs.toString(), "", "an inputs folder holds exports of the formats"
                        + " 'trustmap formats' lists, owners workbooks, a people directory, a policy (kind: policy),"
                        + " exceptions, attestations and report.yaml.", "Move the files above out of the folder, or"
                        + " skip them with --ignore-unknown (the pack then lists them)."));
                throw new InputException(problems);
            }
            Input policyFile = folder.single(Kind.POLICY);
            Policy policy = policyFile == null ? PolicyReader.defaults()
                    : PolicyReader.read(folder.file(policyFile).name(), AssessmentRun.bytes(policyFile.path()));
            Input configFile = folder.single(Kind.REPORT_CONFIG);
            var config = configFile == null ? ReportConfigFile.read(null)
                    : ReportConfigFile.read(configFile.path(), folder.file(configFile).name(), folder.snapshot());
            List<EvidenceFile> evidence = folder.files(Kind.EVIDENCE);
            if (evidence.isEmpty()) {
                throw new InputException(new InputProblem(inputs.toString(), "", "holds no export trustmap can"
                        + " read.", "Put this quarter's exports in the folder; 'trustmap formats' lists what is"
                        + " read."));
            }
            int skipped = unknown.size() + listing.refused().size();
            steps.done(folder.all().size() + " files: exports " + evidence.size() + ", owners and people "
                    + folder.of(Kind.OWNERS).size() + ", exceptions " + folder.of(Kind.EXCEPTIONS).size()
                    + ", attestations " + folder.of(Kind.ATTESTATIONS).size() + (policyFile == null
                            ? ", default policy" : ", policy " + policyFile.name())
                    + (skipped == 0 ? "" : ", skipped " + skipped));

            steps.start("importing and assessing");
            AssessmentRun.Result result = new AssessmentRun(catalog, policy, instant,
                    AssessmentRun.exceptions(folder.files(Kind.EXCEPTIONS), catalog),
                    AssessmentRun.attestations(folder.files(Kind.ATTESTATIONS), catalog), ignoreUnknown)
                    .runFiles(evidence, folder.files(Kind.OWNERS), err());
            assessment = result.assessment();
            List<InputProblem> warnings = result.inventory().warnings();
            steps.done(assessment.kpis().identities() + " identities, " + assessment.findings().size() + " findings"
                    + (warnings.isEmpty() ? "" : ", " + warnings.size() + " import warning"
                            + (warnings.size() == 1 ? "" : "s") + " (below, and in METHODOLOGY.md)"));
            // a warning can mean findings were lost (a column missing, rows skipped): never drop one silently
            warnings.forEach(w -> err().println("  warning: " + SecretGuard.problem(w).describe()));
            err().flush();

            steps.start("reading history");
            List<Assessment> earlier = history.read(instant);
            steps.done(earlier.size() + " earlier quarters" + (earlier.isEmpty() ? "" : ", " + history.checked()));

            steps.start("rendering reports");
            ReportModel model = new ReportBuilder(catalog, config, VersionProvider.version())
                    .build(assessment, result.inventory(), earlier);
            ReportOutput reports = prefixed(staged, name + "/reports/");
            ReportOutput data = prefixed(staged, name + "/data/");
            Map<String, Callable<Void>> tasks = new LinkedHashMap<>();
            for (Renderer renderer : Renderers.all()) {
                // the operator's rows go into the pack once, as CSV tables; board.json holds the board's figures
                boolean json = renderer.format().equals("json");
                boolean table = json || renderer.format().equals("csv");
                tasks.put(renderer.format(), () -> {
                    renderer.render(model, json ? Audience.BOARD : Audience.ALL, table ? data : reports);
                    return null;
                });
            }
            tasks.put("assessment", () -> {
                try (OutputStream json = data.create("assessment.json")) {
                    AssessmentJson.write(assessment, json);
                }
                return null;
            });
            // the redacted copies of the inputs go into the pack; they need no report, so they are made meanwhile
            EvidencePack.StagedInputs[] packInputs = new EvidencePack.StagedInputs[1];
            tasks.put("inputs", () -> {
                packInputs[0] = EvidencePack.stageInputs(staged, name, folder);
                return null;
            });
            tasks.put("methodology", () -> {
                try (OutputStream md = staged.create(name + "/METHODOLOGY.md")) {
                    md.write((Methodology.markdown(model.meta(), PolicyWriter.yaml(policy)) + warningsSection(warnings))
                            .getBytes(StandardCharsets.UTF_8));
                }
                return null;
            });
            steps.done("board and operator: " + Parallel.run(tasks));

            steps.start("writing the evidence pack");
            EvidencePack.write(staged, name, packInputs[0], assessment, catalog, quarter.toString(), key);
            steps.done(name + ".zip");
            written = staged.commit();
            claimed.committed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dir = out.resolve(name);
        out().println("quarter " + quarter + " (as of " + instant + "): " + assessment.kpis().identities()
                + " identities, " + assessment.findings().stream().filter(f -> f.status() == FindingStatus.OPEN)
                        .count() + " open findings");
        out().println("  board PDF      " + dir.resolve("reports/board.pdf"));
        out().println("  board HTML     " + dir.resolve("reports/board.html"));
        out().println("  operator HTML  " + dir.resolve("reports/operator.html"));
        out().println("  operator XLSX  " + dir.resolve("reports/operator.xlsx"));
        out().println("  data           " + dir.resolve("data"));
        out().println("  evidence pack  " + out.resolve(name + ".zip") + (signKey == null ? "" : " (signed)"));
        out().flush();
        return failOn.check(assessment.findings(), err());
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
}
