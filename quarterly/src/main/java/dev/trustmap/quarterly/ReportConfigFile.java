package dev.trustmap.quarterly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.mappings.internal.LocatedTree;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.reports.build.ReportConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * {@code report.yaml}: the organisation's name, its logo (a PNG or JPEG beside the file) and an accent colour, each
 * checked so that nothing but a name, an image and a colour reaches a report.
 */
public final class ReportConfigFile {

    /** The keys a report configuration may hold; any of them at the top level marks a YAML file as one. */
    public static final List<String> KEYS = List.of("organisation", "logo", "accent");

    private ReportConfigFile() {
    }

    /** Any of the keys at the top level of a YAML file marks it as a report configuration. */
    private static final Pattern KEY = Pattern.compile("(?m)^(organisation|logo|accent)\\s*:");

    /** True when the head of a text file shows it is a report configuration. Ask the record readers first. */
    public static boolean recognises(FileHead head) {
        return !head.zip() && !head.json() && KEY.matcher(head.text()).find();
    }

    /** The largest logo, in pixels along either side; a logo is drawn a few centimetres wide. */
    static final int MAX_LOGO_SIDE = 4096;

    /** The configuration in {@code file}, or the defaults when it is null. */
    public static ReportConfig read(Path file) {
        return file == null ? ReportConfig.defaults() : read(file, file.toString(), null);
    }

    /**
     * The configuration in {@code file}, or the defaults when it is null.
     *
     * @param shown how messages name the file
     * @param within the folder the logo must lie in (the inputs folder, so that the pack holds it); null for any
     */
    public static ReportConfig read(Path file, String shown, Path within) {
        ReportConfig defaults = ReportConfig.defaults();
        LocatedTree tree = yaml(file, shown);
        JsonNode yaml = tree.root();
        String accent = yaml.path("accent").asText(defaults.accent());
        if (!ReportConfig.ACCENT.matcher(accent).matches()) {
            throw new InputException(new InputProblem(shown, tree.where("/accent"), "expected a colour as"
                    + " #rrggbb, found '" + accent + "'.", "Write it like accent: \"#0b6e4f\"."));
        }
        Optional<Path> logoFile = logoPath(file, shown);
        if (within != null && logoFile.isPresent()
                && !logoFile.get().normalize().startsWith(within.toAbsolutePath().normalize())) {
            throw new InputException(new InputProblem(shown, "logo", "the logo " + yaml.path("logo")
                    .asText() + " lies outside the inputs folder, so the evidence pack could not hold it.",
                    "Put the logo in the inputs folder and name it relative to report.yaml."));
        }
        String logo = logoFile.map(p -> logo(shown, p)).orElse(null);
        // the name is printed on every report: a secret typed there must not be
        String organisation = SecretGuard.text(yaml.path("organisation").asText(defaults.organisation()));
        return new ReportConfig(organisation, logo, accent);
    }

    /** The logo file a configuration names, resolved against the configuration's folder. */
    public static Optional<Path> logoPath(Path file) {
        return logoPath(file, file.toString());
    }

    /** As {@link #logoPath(Path)}, naming the file {@code shown} in messages. */
    public static Optional<Path> logoPath(Path file, String shown) {
        JsonNode yaml = yaml(file, shown).root();
        return yaml.hasNonNull("logo")
                ? Optional.of(file.toAbsolutePath().getParent().resolve(yaml.path("logo").asText()))
                : Optional.empty();
    }

    /**
     * The file read as the catalog's files are: UTF-8 only, duplicate keys, anchors, aliases, merge keys and tags
     * refused with their line and column, so that what a report shows is what the file says.
     */
    private static LocatedTree yaml(Path file, String shown) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new InputProblem(shown, "", "cannot be read: " + e.getMessage(),
                    "Check the path."));
        }
        LocatedTree tree = LocatedTree.parseDocument(shown, bytes);
        if (tree == null || !tree.root().isObject()) {
            throw new InputException(new InputProblem(shown, "line 1", "expected a mapping such as"
                    + " 'organisation: ACME Ltd'.", "Write the organisation's name under 'organisation:'."));
        }
        if (!tree.problems().isEmpty()) {
            throw new InputException(tree.problems());
        }
        return tree;
    }

    /**
     * Reads the image's size from its header, without decoding it: a 194 KB PNG can declare 40000×40000 pixels,
     * which would take 6 GB to draw.
     */
    private static void checkSize(String config, Path file, byte[] bytes) {
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader recognises it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(new InputProblem(config, "logo", "the logo " + file.getFileName()
                    + " cannot be read as an image: " + e.getMessage(), "Export the logo again as PNG."));
        }
        if (width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE || width < 1 || height < 1) {
            throw new InputException(new InputProblem(config, "logo", "the logo " + file.getFileName() + " is "
                    + width + "×" + height + " pixels; at most " + MAX_LOGO_SIDE + " along each side is drawn.",
                    "Scale the logo down (a few hundred pixels wide is plenty) and export it again."));
        }
    }

    /** The logo as a data URI: a PNG or JPEG of at most 512 KB, so pages stay self-contained. */
    private static String logo(String config, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new InputProblem(config, "logo", "cannot read the logo " + file.getFileName()
                    + ": " + e.getMessage(), "Give a path relative to the config file."));
        }
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!(png || jpeg) || bytes.length > 512 * 1024) {
            throw new InputException(new InputProblem(config, "logo", "the logo " + file.getFileName() + " is not a"
                    + " PNG or JPEG of at most 512 KB.", "Export the logo as PNG."));
        }
        checkSize(config, file, bytes);
        return "data:image/" + (png ? "png" : "jpeg") + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
