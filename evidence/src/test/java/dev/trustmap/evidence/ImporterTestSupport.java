package dev.trustmap.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Runs one importer over files the way {@code trustmap import} does, for importer tests. */
public final class ImporterTestSupport {

    /** The as-of instant importer tests use unless they need another. */
    public static final Instant AS_OF = Instant.parse("2026-09-30T23:59:59Z");

    private ImporterTestSupport() {
    }

    /** A file under src/test/resources, e.g. {@code dev/trustmap/evidence/aws/credential-report.csv}. */
    public static Path resource(String name) {
        URL url = ImporterTestSupport.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Every bundled sample of every format under {@code dev/trustmap/evidence/} (notes and assessment fixtures aside),
     * sorted: for checking that an importer claims its own files and no other format's.
     */
    public static List<Path> bundledSamples() {
        Path root = resource("dev/trustmap/evidence/");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent() != null && !p.getParent().equals(root))
                    .filter(p -> !root.relativize(p).toString().replace('\\', '/').startsWith("assessment/"))
                    .filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith(".class"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the files with one importer, failing on the first bad row. */
    public static Inventory importFiles(Importer importer, Path... files) {
        return importFiles(importer, false, files);
    }

    /** Imports the files with one importer; with {@code skipBadRows} bad rows become warnings. */
    public static Inventory importFiles(Importer importer, boolean skipBadRows, Path... files) {
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(AS_OF, skipBadRows));
        for (Path path : files) {
            EvidenceFile file = new EvidenceFile(path, path.getFileName().toString());
            builder.startFile(file, importer.source());
            importer.read(file, builder);
            builder.endFile();
        }
        return builder.build();
    }

    /** Imports the files as {@code trustmap import} does, each with the importer that recognises it. */
    public static Inventory importDetected(Path... files) {
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(AS_OF, false));
        for (Path path : files) {
            EvidenceFile file = new EvidenceFile(path, path.getFileName().toString());
            Importer importer = Importers.all().detect(file);
            builder.startFile(file, importer.source());
            importer.read(file, builder);
            builder.endFile();
        }
        return builder.build();
    }

    public static Identity identity(Inventory inventory, String id) {
        return inventory.identities().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no identity " + id + " among "
                        + inventory.identities().stream().map(Identity::id).toList()));
    }

    public static Credential credential(Identity identity, String id) {
        return identity.credentials().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no credential " + id + " among "
                        + identity.credentials().stream().map(Credential::id).toList()));
    }

    /** Every string trustmap keeps from an import, for canary checks: records print all their fields. */
    public static String everythingKept(Inventory inventory) {
        return inventory.toString();
    }

    public static List<String> ids(Inventory inventory) {
        return inventory.identities().stream().map(Identity::id).toList();
    }

    /** A file cut short fails as a whole, naming the file, a line, and that it is truncated. */
    public static void assertCutShortFails(Importer importer, Path cut) {
        assertThatThrownBy(() -> importFiles(importer, cut)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo(cut.getFileName().toString());
            assertThat(problem.location()).startsWith("line ");
            assertThat(problem.message()).contains("truncated");
        });
    }
}
