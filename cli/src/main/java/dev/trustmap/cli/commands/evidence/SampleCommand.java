package dev.trustmap.cli.commands.evidence;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.PeriodConverter;
import dev.trustmap.cli.internal.output.OutputFormat;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.quarterly.StagedOutput;
import dev.trustmap.sample.SampleControls;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import dev.trustmap.sample.SampleSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code trustmap sample --identities N --out DIR}: a fictional estate in the real export formats. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write a fictional estate of N non-human identities in the real export formats (AWS, GCP,"
                + " Entra, kubectl, GitHub, Vault, PEM, gitleaks, the inventory sheet, the owners workbook and"
                + " people directory) under DIR/evidence, with exceptions, attestations and report.yaml beside it."
                + " The same seed and period give the same bytes; a later period shows the same estate aged.")
public final class SampleCommand extends BaseCommand {

    @Option(names = "--identities", required = true, paramLabel = "N",
            description = "Non-human identities in the estate, " + SampleEstate.MIN_IDENTITIES + " to "
                    + SampleEstate.MAX_IDENTITIES + ".")
    private int identities;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--period", paramLabel = "P", defaultValue = "2026-Q3", converter = PeriodConverter.class,
            description = "The quarter described, 2024-Q1 to 2049-Q4 (default: ${DEFAULT-VALUE}); every time in"
                    + " the files is derived from its last second, UTC.")
    private Quarter period;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write the estate (created if missing); DIR/evidence must not exist yet.")
    private Path out;

    @Mixin
    private CatalogOption catalogOption;

    @Override
    protected void validate() {
        if (identities < SampleEstate.MIN_IDENTITIES || identities > SampleEstate.MAX_IDENTITIES) {
            throw new ParameterException(spec.commandLine(), "--identities must be " + SampleEstate.MIN_IDENTITIES
                    + " to " + SampleEstate.MAX_IDENTITIES + ", not " + identities + ".");
        }
        if (period.compareTo(SampleEstate.FIRST_PERIOD) < 0 || period.compareTo(SampleEstate.LAST_PERIOD) > 0) {
            throw new ParameterException(spec.commandLine(), "--period must be " + SampleEstate.FIRST_PERIOD + " to "
                    + SampleEstate.LAST_PERIOD + ", not " + period + ": the sample's identities turn over from "
                    + SampleEstate.FIRST_PERIOD + " on.");
        }
    }

    @Override
    protected ExitCode execute() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(new InputProblem(out.toString(), "", "is a file; the sample is a folder of files.",
                    "Name a folder (it is created if missing)."));
        }
        // everything under evidence/ is imported, so files left from another sample would join this one
        Path evidence = out.resolve("evidence");
        if (Files.exists(evidence)) {
            throw new InputException(new InputProblem(evidence.toString(), "", "already exists; a sample is written"
                    + " into a fresh folder, since import reads every file under evidence/.",
                    "Name a new folder with --out, or delete " + evidence + " first."));
        }
        List<String> controls = new CatalogControls(catalogOption.load()).ids();
        List<String> missing = SampleControls.USED.stream().filter(id -> !controls.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(new InputProblem(String.valueOf(catalogOption.overlay()), "", "the catalog has"
                    + " no " + String.join(", ", missing) + ", which the sample's exceptions and attestations name.",
                    "Run with the bundled catalog, or an overlay that keeps those controls."));
        }
        SampleSummary summary;
        try (StagedOutput staged = new StagedOutput(out)) {
            summary = SampleEstate.write(new SampleSpec(identities, seed, period, controls), staged::create);
            staged.commit();
        }
        print(summary);
        return ExitCode.OK;
    }

    private void print(SampleSummary summary) {
        out().println("sample " + summary.period() + " (as of " + summary.period().end() + "), seed "
                + summary.seed() + ", " + summary.organisation() + ":");
        new Tabular<SampleSummary.SampleFile>()
                .column("file", f -> out.resolve(f.path()).toString())
                .column("format", SampleSummary.SampleFile::format)
                .column("records", SampleSummary.SampleFile::records)
                .column("identities", SampleSummary.SampleFile::identities)
                .write(out(), OutputFormat.TABLE, summary.files());
        out().println(summary.identities() + " non-human identities, and " + summary.humans() + " people and root"
                + " users in the AWS credential reports -> " + out);
        out().println("next: trustmap quarterly --period " + summary.period() + " --inputs " + out
                + " --out quarterly-" + summary.period());
        out().flush();
    }
}
