package dev.trustmap.cli.commands.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.trustmap.cli.ExitCode;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.StagedOutput;
import dev.trustmap.cli.internal.VersionProvider;
import dev.trustmap.evidence.assessment.AssessmentJsonReader;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.reports.build.FindingTally;
import dev.trustmap.reports.build.ReportBuilder;
import dev.trustmap.reports.build.ReportConfig;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.Rows;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.Renderer;
import dev.trustmap.reports.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    @Option(names = "--history", paramLabel = "DIR", description = "Earlier assessments (folders holding an"
            + " assessment.json, searched recursively), for the trend and quarter-over-quarter change.")
    private List<Path> history = new ArrayList<>();

    @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "all",
            description = "board, operator or all (default: ${DEFAULT-VALUE}).")
    private Audience audience;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "all", split = ",",
            description = "Any of json, csv, xlsx, html, pdf (comma-separated), or all (default).")
    private List<String> formats;

    @Option(names = "--config", paramLabel = "FILE", description = "report.yaml: organisation, logo (a PNG or JPEG, relative to the file) and accent (#rrggbb).")
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
            renderers.add(Renderers.byFormat(format, templates).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--format: '" + format + "' is not a report format; use " + String.join(", ",
                            Renderers.all().stream().map(Renderer::format).toList()) + " or all.")));
        }
    }

    @Override
    protected ExitCode execute() {
        List<Assessment> earlier = new ArrayList<>();
        for (Path dir : history) {
            for (Path file : assessmentsUnder(dir)) {
                earlier.add(readAssessment(file, f -> { })); // a trend needs an earlier quarter's aggregates only
            }
        }
        ReportBuilder builder = new ReportBuilder(catalogOption.load(), reportConfig(), VersionProvider.version());
        ReportModel model;
        Path assessmentFile = assessmentDir.resolve("assessment.json");
        if (audience.includesOperator()) {
            // findings are never held: counted on a first read, then read again from the file on every walk
            long[] count = {0};
            Assessment assessment = readAssessment(assessmentFile, f -> count[0]++);
            Rows<Finding> findings = Rows.replayed(count[0], action -> readAssessment(assessmentFile, action::accept));
            model = builder.build(assessment, findings, readInventory(assessmentDir.resolve("inventory.json")),
                    earlier);
        } else {
            // the board reads aggregates only: findings are counted as they stream past, never held
            FindingTally tally = new FindingTally();
            model = builder.buildBoard(readAssessment(assessmentFile, tally), tally, earlier);
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

    private static List<Path> assessmentsUnder(Path dir) {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(new InputProblem(dir.toString(), "", "no such file or folder.", "Check the path."));
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().equals("assessment.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole assessment, or with {@code findings} not null, everything but the findings, streamed to it. */
    private static Assessment readAssessment(Path file, java.util.function.Consumer<Finding> findings) {
        try (InputStream in = Files.newInputStream(file)) {
            return findings == null ? AssessmentJsonReader.read(file.toString(), in)
                    : AssessmentJsonReader.read(file.toString(), in, findings);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Pass the folder 'trustmap assess --out' wrote."));
        }
    }

    private static Inventory readInventory(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return InventoryJson.read(file.toString(), in);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Pass the folder 'trustmap assess --out' wrote; it holds the inventory it judged."));
        }
    }

    /** The logo as a data URI: a PNG or JPEG of at most 512 KB, so pages stay self-contained. */
    private String logo(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new InputProblem(config.toString(), "logo", "cannot read the logo " + file
                    + ": " + e.getMessage(), "Give a path relative to the config file."));
        }
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!(png || jpeg) || bytes.length > 512 * 1024) {
            throw new InputException(new InputProblem(config.toString(), "logo", "the logo " + file + " is not a"
                    + " PNG or JPEG of at most 512 KB.", "Export the logo as PNG."));
        }
        return "data:image/" + (png ? "png" : "jpeg") + ";base64,"
                + java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private ReportConfig reportConfig() {
        ReportConfig defaults = ReportConfig.defaults();
        if (config == null) {
            return defaults;
        }
        try {
            JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(config.toFile());
            if (yaml == null || !yaml.isObject()) {
                throw new InputException(new InputProblem(config.toString(), "line 1", "expected a mapping such as"
                        + " 'organisation: ACME Ltd'.", "Write the organisation's name under 'organisation:'."));
            }
            String accent = yaml.path("accent").asText(defaults.accent());
            if (!ReportConfig.ACCENT.matcher(accent).matches()) {
                throw new InputException(new InputProblem(config.toString(), "accent", "expected a colour as"
                        + " #rrggbb, found '" + accent + "'.", "Write it like accent: \"#0b6e4f\"."));
            }
            String logo = yaml.hasNonNull("logo") ? logo(config.toAbsolutePath().getParent()
                    .resolve(yaml.path("logo").asText())) : null;
            return new ReportConfig(yaml.path("organisation").asText(defaults.organisation()), logo, accent);
        } catch (IOException e) {
            throw new InputException(new InputProblem(config.toString(), "", "cannot be read as YAML: "
                    + e.getMessage(), "Write organisation:, logo: and accent: keys."));
        }
    }
}
