package dev.trustmap.cli.commands.assessment;

import dev.trustmap.assessment.AssessmentJson;
import dev.trustmap.assessment.AssessmentRun;
import dev.trustmap.assessment.FindingsCsv;
import dev.trustmap.assessment.history.FindingHistory;
import dev.trustmap.cli.internal.AsOfConverter;
import dev.trustmap.cli.internal.AtomicOutput;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.FailOnOption;
import dev.trustmap.cli.internal.FileProgress;
import dev.trustmap.cli.internal.FingerprintKeyOption;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.reports.build.BoardTally;
import dev.trustmap.reports.build.FindingTally;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustmap assess}: evidence in, findings, control results, scores and framework status out. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Judge an inventory (inventory.json, or the raw exports) against the catalog and the policy;"
                + " writes DIR/assessment.json, DIR/findings.csv and the inventory it judged, DIR/inventory.json.")
public final class AssessCommand extends BaseCommand {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "inventory.json files, exports, owners workbooks, or folders of them.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the results.")
    private Path out;

    @Option(names = "--as-of", paramLabel = "TIME", converter = AsOfConverter.class,
            description = "The instant every age, expiry and deadline is computed against (default: now). A date"
                    + " means the end of that day, UTC.")
    private Instant asOf;

    @Mixin
    private PolicyOption policyOption;

    @Mixin
    private CatalogOption catalogOption;

    @Option(names = "--exceptions", paramLabel = "FILE", description = "Exceptions (YAML or CSV).")
    private Path exceptions;

    @Option(names = "--attestations", paramLabel = "FILE", description = "Attestations (YAML or CSV).")
    private Path attestations;

    @Option(names = "--decommissions", paramLabel = "FILE", description = "decommissions.csv of an owner review:"
            + " each identity's promised decommission date (the earlier wins over the owners workbook's).")
    private Path decommissions;

    @Option(names = "--owners", paramLabel = "FILE", description = "Owners workbook: identity owners, control"
            + " owners, people (XLSX or CSV). Owners workbooks among the inputs are recognised without it.")
    private List<Path> owners = new ArrayList<>();

    @Option(names = "--people", paramLabel = "FILE", description = "A people directory (email, name, status,"
            + " departed_on), if it is not in the owners workbook.")
    private List<Path> people = new ArrayList<>();

    @Mixin
    private FailOnOption failOn;

    @Option(names = "--ignore-unknown", description = "Skip inputs of no known format instead of stopping.")
    private boolean ignoreUnknown;

    @Mixin
    private FingerprintKeyOption fingerprintKey;

    @Override
    protected ExitCode execute() {
        fingerprintKey.install();
        Instant instant = asOf != null ? asOf : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Catalog catalog = catalogOption.load();
        Policy policy = policyOption.load();
        List<ExceptionGrant> grants = AssessmentRun.exceptions(AssessmentRun.files(exceptions == null ? List.of()
                : List.of(exceptions)), catalog);
        List<Attestation> attested = AssessmentRun.attestations(AssessmentRun.files(attestations == null
                ? List.of() : List.of(attestations)), catalog);

        List<Path> ownerFiles = new ArrayList<>(owners);
        ownerFiles.addAll(people);
        AssessmentRun.Result result;
        try (FileProgress progress = new FileProgress(err(), FileProgress.onTerminal())) {
            result = new AssessmentRun(catalog, policy, instant, grants, attested, ignoreUnknown,
                    FindingHistory.none(), AssessmentRun.decommissions(AssessmentRun.files(decommissions == null
                            ? List.of() : List.of(decommissions)))).run(inputs, ownerFiles, progress);
        }
        Assessment assessment = result.assessment();
        Inventory inventory = result.inventory();
        AtomicOutput.write(out.resolve("inventory.json"), stream -> InventoryJson.write(inventory, stream));
        // the board's counts are kept beside it, so that a board need not read every finding again
        Path assessmentFile = out.resolve("assessment.json");
        FindingTally tally = new FindingTally();
        AssessmentJson.FindingsSpan[] span = new AssessmentJson.FindingsSpan[1];
        AtomicOutput.write(assessmentFile, stream -> span[0] = AssessmentJson.write(assessment, stream, tally));
        AtomicOutput.write(out.resolve(BoardTally.FILE), stream -> BoardTally.write(tally, assessmentFile,
                span[0].from(), span[0].to(), stream));
        AtomicOutput.write(out.resolve("findings.csv"), stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            FindingsCsv.write(assessment.findings(), writer);
            writer.flush();
        });
        new AssessmentSummary(assessment).print(out());
        out().println("-> " + assessmentFile + ", " + out.resolve("findings.csv") + ", "
                + out.resolve("inventory.json") + ", " + out.resolve(BoardTally.FILE));
        out().flush();
        return failOn.check(assessment.findings(), err());
    }
}
