package dev.trustmap.cli.commands.quarterly;

import dev.trustmap.cli.internal.AsOfConverter;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.FailOnOption;
import dev.trustmap.cli.internal.FingerprintKeyOption;
import dev.trustmap.cli.internal.HistoryOption;
import dev.trustmap.cli.internal.PeriodConverter;
import dev.trustmap.cli.internal.VersionProvider;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.quarterly.QuarterlyRun;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trustmap quarterly}: one command from this quarter's inputs folder to every report and a verifiable evidence
 * pack. It parses the options and prints; {@link QuarterlyRun} does the work.
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
        // the key is read before anything else: one that cannot be read stops the run at once
        QuarterlyRun.Options options = new QuarterlyRun.Options(quarter, asOf, inputs, out, history.places(),
                history.key(), QuarterlyRun.signKey(signKey), fingerprintKey.bytes(), ignoreUnknown,
                catalogOption.load(), VersionProvider.version());
        QuarterlyRun.Result result;
        try (QuarterlyProgress progress = new QuarterlyProgress(err())) {
            result = QuarterlyRun.run(options, progress);
        }
        out().println(result.summary());
        out().println("  board PDF      " + result.report("board.pdf"));
        out().println("  board HTML     " + result.report("board.html"));
        out().println("  operator HTML  " + result.report("operator.html"));
        out().println("  operator XLSX  " + result.report("operator.xlsx"));
        out().println("  data           " + result.folder().resolve("data"));
        out().println("  evidence pack  " + result.pack() + (result.signed() ? " (signed)" : ""));
        out().flush();
        return failOn.check(result.assessment().findings(), err());
    }
}
