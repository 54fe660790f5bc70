package dev.trustmap.mappings;

import dev.trustmap.mappings.internal.CatalogReader;
import dev.trustmap.mappings.internal.LocatedTree;
import dev.trustmap.mappings.internal.SchemaCheck;
import dev.trustmap.mappings.internal.SchemaCheck.FileKind;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.CatalogReview;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.NotApplicable;
import dev.trustmap.model.catalog.ToolCheck;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the bundled catalog and, optionally, a user's overlay directory on top of it.
 *
 * <p>An overlay directory holds YAML or JSON files, each declaring its {@code kind}: a {@code framework} (new,
 * or replacing a bundled one with the same id), {@code controls} (new, or replacing a bundled control with the
 * same id), {@code mappings} (added to existing controls) or {@code tool-checks} (which controls another tool's
 * checks give evidence for; an entry replaces the bundled one for the same tool and check). Files are read in path
 * order.
 */
public final class CatalogLoader {

    private static final String BUNDLED_ROOT = "/dev/trustmap/mappings/catalog/";
    private static final String BUNDLED_PREFIX = "(bundled) ";

    private static volatile Catalog bundled;

    /** The catalog as loaded, with every problem met on the way (parse, schema, references); lint adds more. */
    public record Result(Catalog catalog, List<InputProblem> problems) {
    }

    private final List<InputProblem> problems = new ArrayList<>();
    private final MessageDigest digest = sha256();
    private final Map<String, Framework> frameworks = new LinkedHashMap<>();
    private final List<Control> controls = new ArrayList<>();
    private final List<NotApplicable> notApplicable = new ArrayList<>();
    private final List<Mapping> addedMappings = new ArrayList<>();
    private final List<CatalogReview> reviews = new ArrayList<>();
    private final Map<String, ToolCheck> toolChecks = new LinkedHashMap<>();

    private CatalogLoader() {
    }

    /** The bundled catalog, lint-clean (a build-time test guarantees it). Loaded once. */
    public static Catalog bundled() {
        Catalog catalog = bundled;
        if (catalog == null) {
            catalog = load(null);
            bundled = catalog;
        }
        return catalog;
    }

    /**
     * The bundled catalog with the overlay (may be null) applied, refusing a catalog with any problem, lint
     * included.
     *
     * @throws InputException listing every problem, each with file, line and column
     */
    public static Catalog load(Path overlay) {
        if (overlay == null && bundled != null) {
            return bundled;
        }
        Result result = read(overlay);
        List<InputProblem> all = new ArrayList<>(result.problems());
        all.addAll(CatalogLint.check(result.catalog()));
        if (!all.isEmpty()) {
            throw new InputException(all);
        }
        return result.catalog();
    }

    /** Reads the catalog, collecting problems instead of failing on the first; for lint. */
    public static Result read(Path overlay) {
        CatalogLoader loader = new CatalogLoader();
        String version = loader.readBundled();
        if (overlay != null) {
            loader.readOverlay(overlay);
            version = version + "+overlay";
        }
        return new Result(loader.build(version), List.copyOf(loader.problems));
    }

    private String readBundled() {
        LocatedTree index = parse(BUNDLED_PREFIX + "catalog.yaml", resource("catalog.yaml"), FileKind.CATALOG);
        if (index == null) {
            throw new IllegalStateException("bundled catalog index is invalid: " + problems);
        }
        index.root().path("frameworks").forEach(name -> readFile(BUNDLED_PREFIX + name.asText(),
                resource(name.asText()), FileKind.FRAMEWORK, false));
        index.root().path("controls").forEach(name -> readFile(BUNDLED_PREFIX + name.asText(),
                resource(name.asText()), FileKind.CONTROLS, false));
        index.root().path("toolChecks").forEach(name -> readFile(BUNDLED_PREFIX + name.asText(),
                resource(name.asText()), FileKind.TOOL_CHECKS, false));
        return index.root().path("version").asText();
    }

    private void readOverlay(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(new InputProblem(dir.toString(), "", "the catalog overlay is not a directory.",
                    "Pass --catalog a directory of framework, controls, mappings or tool-checks files."));
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(CatalogLoader::isCatalogFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(), null));
                continue;
            }
            LocatedTree tree = parseOnly(file.toString(), content);
            if (tree == null) {
                continue;
            }
            String kind = tree.root().path("kind").asText("");
            FileKind fileKind = switch (kind) {
                case "framework" -> FileKind.FRAMEWORK;
                case "controls" -> FileKind.CONTROLS;
                case "mappings" -> FileKind.MAPPINGS;
                case "tool-checks" -> FileKind.TOOL_CHECKS;
                default -> null;
            };
            if (fileKind == null) {
                problems.add(new InputProblem(file.toString(), tree.where("/kind"),
                        "expected 'kind' to be framework, controls, mappings or tool-checks, found '" + kind + "'.",
                        "Add a first line such as 'kind: mappings'."));
                continue;
            }
            readFile(file.toString(), content, fileKind, true);
        }
    }

    private static boolean isCatalogFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private void readFile(String name, byte[] content, FileKind kind, boolean overlay) {
        LocatedTree tree = parse(name, content, kind);
        if (tree == null) {
            return;
        }
        switch (kind) {
            case FRAMEWORK -> addFramework(CatalogReader.framework(tree, problems), overlay);
            case CONTROLS -> {
                CatalogReader.ControlsFile file = CatalogReader.controls(tree);
                file.controls().forEach(control -> addControl(control, overlay));
                notApplicable.addAll(file.notApplicable());
                reviews.addAll(file.reviews());
            }
            case MAPPINGS -> {
                CatalogReader.MappingsFile file = CatalogReader.mappings(tree);
                addedMappings.addAll(file.mappings());
                notApplicable.addAll(file.notApplicable());
            }
            case TOOL_CHECKS -> CatalogReader.toolChecks(tree).forEach(check -> addToolCheck(check, overlay));
            case CATALOG -> throw new IllegalArgumentException("a catalog index is not an overlay file");
        }
    }

    private void addFramework(Framework framework, boolean overlay) {
        Framework earlier = frameworks.get(framework.id());
        if (earlier != null && !(overlay && earlier.source().file().startsWith(BUNDLED_PREFIX))) {
            problems.add(new InputProblem(framework.source().file(), "line " + framework.source().line(),
                    "duplicate framework id '" + framework.id() + "', already defined at " + earlier.source() + ".",
                    "Give the framework another id, or delete one of the two files."));
            return;
        }
        frameworks.put(framework.id(), framework);
    }

    private void addControl(Control control, boolean overlay) {
        for (int i = 0; i < controls.size(); i++) {
            Control earlier = controls.get(i);
            if (earlier.id().equals(control.id()) && overlay && earlier.source().file().startsWith(BUNDLED_PREFIX)) {
                controls.set(i, control); // an overlay may replace a bundled control outright
                return;
            }
        }
        controls.add(control); // a duplicate within one layer stays visible to lint
    }

    /** An overlay entry replaces the bundled one for the same tool and check; a duplicate in one layer is a problem. */
    private void addToolCheck(ToolCheck check, boolean overlay) {
        ToolCheck earlier = toolChecks.get(check.key());
        if (earlier != null && !(overlay && earlier.source().file().startsWith(BUNDLED_PREFIX))) {
            problems.add(new InputProblem(check.source().file(), "line " + check.source().line(), "the "
                    + check.tool() + " check '" + check.check() + "' is mapped again; it is already mapped at "
                    + earlier.source() + ".", "Keep one entry per check, listing every control it speaks to."));
            return;
        }
        toolChecks.put(check.key(), check);
    }

    private Catalog build(String version) {
        Map<String, List<Mapping>> byControl = new LinkedHashMap<>();
        for (Mapping mapping : addedMappings) {
            if (controls.stream().noneMatch(c -> c.id().equals(mapping.controlId()))) {
                problems.add(new InputProblem(mapping.source().file(), "line " + mapping.source().line()
                        + ", column " + mapping.source().column(), "mapping for control '" + mapping.controlId()
                        + "', which does not exist.", "Use an existing control id ("
                        + Nearest.among(mapping.controlId(), controls.stream().map(Control::id).toList(), 3)
                        + ") or define the control in a controls file."));
                continue;
            }
            byControl.computeIfAbsent(mapping.controlId(), k -> new ArrayList<>()).add(mapping);
        }
        List<String> controlIds = controls.stream().map(Control::id).toList();
        for (ToolCheck check : toolChecks.values()) {
            for (String control : check.controls()) {
                if (!controlIds.contains(control)) {
                    problems.add(new InputProblem(check.source().file(), "line " + check.source().line()
                            + ", column " + check.source().column(), "the " + check.tool() + " check '"
                            + check.check() + "' is mapped to control '" + control + "', which does not exist.",
                            "Use an existing control id (" + Nearest.among(control, controlIds, 3)
                                    + ") or define the control in a controls file."));
                }
            }
        }
        List<Control> merged = controls.stream()
                .map(c -> byControl.containsKey(c.id()) ? c.withMappings(byControl.get(c.id())) : c)
                .toList();
        return new Catalog(version, HexFormat.of().formatHex(digest.digest()), List.copyOf(frameworks.values()),
                merged, notApplicable, reviews, List.copyOf(toolChecks.values()));
    }

    private LocatedTree parse(String name, byte[] content, FileKind kind) {
        LocatedTree tree = parseOnly(name, content);
        if (tree == null) {
            return null;
        }
        List<InputProblem> schemaProblems = SchemaCheck.check(tree, kind);
        problems.addAll(schemaProblems);
        return schemaProblems.isEmpty() ? tree : null;
    }

    private LocatedTree parseOnly(String name, byte[] content) {
        digest.update(name.replace(BUNDLED_PREFIX, "").getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        try {
            LocatedTree tree = LocatedTree.parse(name, content);
            problems.addAll(tree.problems());
            return tree;
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalog file missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
