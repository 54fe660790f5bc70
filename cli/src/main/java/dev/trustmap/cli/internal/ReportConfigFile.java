package dev.trustmap.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.mappings.internal.LocatedTree;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.Utf8Text;
import dev.trustmap.reports.build.ReportConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code report.yaml}: the organisation's name, its logo (a PNG or JPEG beside the file) and an accent colour, each
 * checked so that nothing but a name, an image and a colour reaches a report.
 */
public final class ReportConfigFile {

    /** The keys a report configuration may hold; any of them at the top level marks a YAML file as one. */
    public static final List<String> KEYS = List.of("organisation", "logo", "accent");

    private ReportConfigFile() {
    }

    /** The configuration in {@code file}, or the defaults when it is null. */
    public static ReportConfig read(Path file) {
        ReportConfig defaults = ReportConfig.defaults();
        if (file == null) {
            return defaults;
        }
        LocatedTree tree = yaml(file);
        JsonNode yaml = tree.root();
        String accent = yaml.path("accent").asText(defaults.accent());
        if (!ReportConfig.ACCENT.matcher(accent).matches()) {
            throw new InputException(new InputProblem(file.toString(), tree.where("/accent"), "expected a colour as"
                    + " #rrggbb, found '" + accent + "'.", "Write it like accent: \"#0b6e4f\"."));
        }
        String logo = logoPath(file).map(p -> logo(file, p)).orElse(null);
        return new ReportConfig(yaml.path("organisation").asText(defaults.organisation()), logo, accent);
    }

    /** The logo file a configuration names, resolved against the configuration's folder. */
    public static Optional<Path> logoPath(Path file) {
        JsonNode yaml = yaml(file).root();
        return yaml.hasNonNull("logo")
                ? Optional.of(file.toAbsolutePath().getParent().resolve(yaml.path("logo").asText()))
                : Optional.empty();
    }

    /**
     * The file read as the catalog's files are: UTF-8 only, duplicate keys, anchors, aliases, merge keys and tags
     * refused with their line and column, so that what a report shows is what the file says.
     */
    private static LocatedTree yaml(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Check the path."));
        }
        boolean empty = Utf8Text.decode(file.toString(), bytes).lines()
                .allMatch(line -> line.isBlank() || line.strip().startsWith("#"));
        LocatedTree tree = empty ? null : LocatedTree.parse(file.toString(), bytes);
        if (tree == null || !tree.root().isObject()) {
            throw new InputException(new InputProblem(file.toString(), "line 1", "expected a mapping such as"
                    + " 'organisation: ACME Ltd'.", "Write the organisation's name under 'organisation:'."));
        }
        if (!tree.problems().isEmpty()) {
            throw new InputException(tree.problems());
        }
        return tree;
    }

    /** The logo as a data URI: a PNG or JPEG of at most 512 KB, so pages stay self-contained. */
    private static String logo(Path config, Path file) {
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
        return "data:image/" + (png ? "png" : "jpeg") + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
