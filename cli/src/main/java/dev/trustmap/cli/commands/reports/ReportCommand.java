package dev.trustmap.cli.commands.reports;

import dev.trustmap.assessment.AssessmentJsonReader;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.HistoryOption;
import dev.trustmap.cli.internal.VersionProvider;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.quarterly.ReportConfigFile;
import dev.trustmap.quarterly.StagedOutput;
import dev.trustmap.reports.Renderers;
import dev.trustmap.reports.build.BoardTally;
import dev.trustmap.reports.build.FindingTally;
import dev.trustmap.reports.build.ReportBuilder;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.Rows;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code trustmap report}: the board and operator reports of an assessment, in every format asked for. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render the board and operator reports of an assessment (the folder 'trustmap assess' wrote)."
                + " Files appear only when all are complete.")
public final class ReportCommand extends BaseCommand {

    @Option(names = "--assessment", required = true, paramLabel = "DIR",
            description = "The folder 'trustmap assess --out' wrote (assessment.json and inventory.json).")
    private Path assessmentDir;

    @Mixin
    private HistoryOption history;

    @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "all",
            description = "board, operator or all (default: ${DEFAULT-VALUE}).")
    private Audience audience;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "all", split = ",",
            description = "Any of json, csv, xlsx, html, pdf (comma-separated), or all (default).")
    private List<String> formats;

    @Option(names = "--config", paramLabel = "FILE",
            description = "report.yaml: organisation, logo (a PNG or JPEG, relative to the file) and accent (#rrggbb).")
    private Path config;

    @Option(names = "--templates", paramLabel = "DIR", description = "A folder of templates (board.ftlh,"
            + " operator.ftlh, partials/, css/) that override the bundled ones of the same name.")
    private Path templates;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the reports.")
    private Path out;

    @Mixin
    private CatalogOption catalogOption;

    private List<Renderer> renderers;

    @Override
    protected void validate() {
        renderers = new ArrayList<>();
        for (String format : formats) {
            if (format.equals("all")) {
                renderers = Renderers.all(templates);
                return;
            }
            renderers.add(Renderers.byFormat(format, templates)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(),
                            "--format: '" + format + "' is not a report format; use " + String.join(", ",
                                    Renderers.all().stream().map(Renderer::format).toList()) + " or all.")));
        }
    }

    @Override
    protected ExitCode execute() {
        // the builder keeps only the quarters before this assessment's
        List<Assessment> earlier = history.read(Instant.MAX);
        ReportBuilder builder = new ReportBuilder(catalogOption.load(), ReportConfigFile.read(config),
                VersionProvider.version());
        ReportModel model;
        Path assessmentFile = assessmentDir.resolve("assessment.json");
        if (audience.includesOperator()) {
            // neither findings nor identities are held: counted on a first read, read again on every walk
            long[] count = {0, 0};
            Assessment assessment = readAssessment(assessmentFile, f -> count[0]++);
            Path inventoryFile = assessmentDir.resolve("inventory.json");
            Inventory inventory = readInventory(inventoryFile, i -> count[1]++);
            model = builder.build(assessment,
                    Rows.replayed(count[0], action -> readAssessment(assessmentFile, action::accept)),
                    Rows.replayed(count[1], action -> readInventory(inventoryFile, action::accept)),
                    inventory.leaks(), earlier);
        } else {
            // the board reads aggregates only: kept by 'trustmap assess' beside the file while it is unchanged,
            // else counted as the findings stream past, never held
            Consumer<String> note = why -> err().println("note: " + why);
            Optional<BoardTally> kept = BoardTally.read(assessmentFile, note);
            Optional<Assessment> agreed = kept.flatMap(k -> k.agreeing(readAssessment(assessmentFile,
                    k::assessmentWithoutFindings, finding -> { }), note));
            if (agreed.isPresent()) {
                model = builder.buildBoard(agreed.get(), kept.get().tally(), earlier);
            } else {
                FindingTally tally = new FindingTally();
                model = builder.buildBoard(readAssessment(assessmentFile, tally), tally, earlier);
            }
        }
        List<Path> written;
        try (StagedOutput staged = new StagedOutput(out)) {
            for (Renderer renderer : renderers) {
                renderer.render(model, audience, staged);
            }
            written = staged.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().println("report " + model.meta().period() + " (as of " + model.meta().asOf() + ") for "
                + audience.key() + ":");
        written.forEach(p -> out().println("  " + p));
        out().flush();
        return ExitCode.OK;
    }

    /** The whole assessment, or with {@code findings} not null, everything but the findings, streamed to it. */
    private static Assessment readAssessment(Path file, Consumer<Finding> findings) {
        return readAssessment(file, () -> Files.newInputStream(file), findings);
    }

    /** What opens the assessment's bytes. */
    private interface Opener {
        InputStream open() throws IOException;
    }

    private static Assessment readAssessment(Path file, Opener opener, Consumer<Finding> findings) {
        try (InputStream in = opener.open()) {
            return findings == null ? AssessmentJsonReader.read(file.toString(), in)
                    : AssessmentJsonReader.read(file.toString(), in, findings);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Pass the folder 'trustmap assess --out' wrote."));
        }
    }

    /** The inventory but its identities, which stream to {@code identities}. */
    private static Inventory readInventory(Path file, Consumer<Identity> identities) {
        try (InputStream in = Files.newInputStream(file)) {
            return InventoryJson.read(file.toString(), in, identities);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Pass the folder 'trustmap assess --out' wrote; it holds the inventory it judged."));
        }
    }
}
