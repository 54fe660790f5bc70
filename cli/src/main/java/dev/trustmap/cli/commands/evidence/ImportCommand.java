package dev.trustmap.cli.commands.evidence;

import dev.trustmap.cli.internal.AsOfConverter;
import dev.trustmap.cli.internal.AtomicOutput;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.FileProgress;
import dev.trustmap.cli.internal.FingerprintKeyOption;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.inventory.InventoryCsv;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.SourceSummary;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustmap import FILE...}: exports in, one merged inventory out. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read exports (format detected by content; folders are walked) into one normalised"
                + " inventory. Nothing is written when an input is bad.")
public final class ImportCommand extends BaseCommand {

    /** The two ways the inventory is written. */
    enum Format { JSON, CSV }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files or folders of them.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the inventory.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (inventory.json, default) or csv (one row per credential, inventory-sheet columns).")
    private Format format;

    @Option(names = "--source", paramLabel = "KEY", description = "Read every file as this format instead of"
            + " detecting it ('trustmap formats' lists the keys).")
    private String source;

    @Option(names = "--as-of", paramLabel = "TIME", converter = AsOfConverter.class,
            description = "The instant the inventory describes (default: now). A date means the end of that day UTC.")
    private Instant asOf;

    @Option(names = "--skip-bad-rows", description = "Skip rows that cannot be read, list them in the output's"
            + " warnings and count them, instead of failing.")
    private boolean skipBadRows;

    @Option(names = "--owners", paramLabel = "FILE", description = "An owners workbook (XLSX or CSV) whose"
            + " identity-owner sheet overrides owners, purpose and actor class. Owners workbooks among the inputs are"
            + " recognised without it.")
    private List<Path> owners = new java.util.ArrayList<>();

    @Option(names = "--ignore-unknown", description = "Skip files of no known format (they are listed in the"
            + " warnings) instead of stopping.")
    private boolean ignoreUnknown;

    @Mixin
    private FingerprintKeyOption fingerprintKey;

    @Override
    protected ExitCode execute() {
        fingerprintKey.install();
        Instant instant = asOf != null ? asOf : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        InventoryImport run = new InventoryImport(Importers.all(), new ImportOptions(instant, skipBadRows),
                ignoreUnknown);
        Inventory inventory;
        try (FileProgress progress = new FileProgress(err(), FileProgress.onTerminal())) {
            inventory = run.run(inputs, source, owners, new InventoryImport.Listener() {
                @Override
                public void reading(EvidenceFile file, String source) {
                    progress.start(file, source);
                }

                @Override
                public void read(EvidenceFile file) {
                    progress.stop(); // the summary table below reports each file once all are read
                }
            }).inventory();
        }
        AtomicOutput.write(out, stream -> {
            if (format == Format.JSON) {
                InventoryJson.write(inventory, stream);
            } else {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                InventoryCsv.write(inventory, writer);
                writer.flush();
            }
        });
        new Tabular<SourceSummary>()
                .column("file", SourceSummary::file)
                .column("source", SourceSummary::source)
                .column("identities", SourceSummary::identities)
                .column("credentials", SourceSummary::credentials)
                .column("leaks", SourceSummary::leaks)
                .column("skipped", SourceSummary::skippedRows)
                .write(out(), dev.trustmap.cli.internal.output.OutputFormat.TABLE, inventory.sources());
        out().println("inventory: " + inventory.identities().size() + " identities, " + inventory.credentialCount()
                + " credentials, " + inventory.leaks().size() + " leaked secrets, " + inventory.warnings().size()
                + " warnings; as of " + instant + " -> " + out);
        out().flush();
        return ExitCode.OK;
    }
}
