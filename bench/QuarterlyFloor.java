import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The floor of a quarterly run: what its bytes cost, with nothing computed. Read and parse every input with the same
 * importers into a sink that discards what they find; write the run's data tables (findings, identities and
 * credentials as CSV: the same rows, copied from the run's own files); and deflate those bytes once at the pack's
 * level with the pack's own writer. Presentation formats (XLSX, HTML, PDF) and everything else the run writes are
 * costs above this floor, which the benchmark shows per task. The quarterly benchmark compares the run against it.
 *
 *   java -cp trustmap.jar:. QuarterlyFloor INPUTS_DIR RUN_DATA_DIR OUT_DIR
 */
public final class QuarterlyFloor {

    private static final List<String> TABLES = List.of("findings.csv", "identities.csv", "credentials.csv");

    private QuarterlyFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path inputs = Path.of(args[0]);
        Path runData = Path.of(args[1]);
        Path out = Path.of(args[2]);
        long start = System.nanoTime();
        long[] seen = {0};
        ImportSink discard = new ImportSink() {
            private final ImportOptions options = new ImportOptions(Instant.parse("2026-09-30T23:59:59Z"), true);

            @Override
            public void identity(Identity identity) {
                seen[0]++;
            }

            @Override
            public void enrichment(Identity partial) {
                seen[0]++;
            }

            @Override
            public void leak(LeakedSecret leak) {
                seen[0]++;
            }

            @Override
            public void warning(InputProblem problem) {
            }

            @Override
            public void badRow(InputProblem problem) {
            }

            @Override
            public ImportOptions options() {
                return options;
            }
        };
        Importers importers = Importers.all();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inputs)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : files) {
            EvidenceFile file = new EvidenceFile(path);
            Importer importer;
            try {
                importer = importers.detect(file);
            } catch (RuntimeException notAnExport) {
                continue; // owners, policy, exceptions: small, and not what the floor is about
            }
            importer.read(file, discard);
        }
        double parsed = (System.nanoTime() - start) / 1e9;

        Path tables = out.resolve("tables");
        Files.createDirectories(tables);
        long bytes = 0;
        for (String table : TABLES) {
            try (InputStream in = Files.newInputStream(runData.resolve(table));
                    OutputStream copy = Files.newOutputStream(tables.resolve(table))) {
                bytes += in.transferTo(copy);
            }
        }
        double written = (System.nanoTime() - start) / 1e9;

        PackManifest.Header header = new PackManifest.Header("floor", "floor", Instant.parse("2026-09-30T23:59:59Z"),
                "floor", "0".repeat(64), "0".repeat(64));
        PackWriter.write(tables, header, List.of(), List.of(), Optional.empty(), out.resolve("floor.zip"));
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf("floor: parsed %d records in %.1f s, wrote %d MB of tables in %.1f s, packed in %.1f s;"
                + " %.1f s in all%n", seen[0], parsed, bytes >> 20, written - parsed, total - written, total);
    }
}
