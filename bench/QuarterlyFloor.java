import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.problem.InputProblem;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor of a quarterly run: what it costs to read the inputs with the same parsers, doing nothing with what they
 * find, plus writing as many rows as the run's operator workbook holds to a streaming XLSX and a CSV, with nothing
 * computed. The quarterly benchmark compares `trustmap quarterly` against this.
 *
 *   java -cp trustmap.jar:. QuarterlyFloor INPUTS_DIR ROWS COLUMNS OUT_DIR
 */
public final class QuarterlyFloor {

    private QuarterlyFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path inputs = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int columns = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
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

        Files.createDirectories(out);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream xlsx = Files.newOutputStream(out.resolve("floor.xlsx"));
                BufferedWriter csv = Files.newBufferedWriter(out.resolve("floor.csv"), StandardCharsets.UTF_8)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("rows");
            int sheetRow = 0;
            for (long r = 0; r < rows; r++) {
                if (sheetRow == 1_048_576) {
                    sheet = workbook.createSheet("rows " + (r / 1_048_576 + 1));
                    sheetRow = 0;
                }
                Row row = sheet.createRow(sheetRow++);
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    String value = "value-" + r + "-" + c;
                    row.createCell(c).setCellValue(value);
                    line.append(c == 0 ? "" : ",").append(value);
                }
                csv.write(line.append("\r\n").toString());
            }
            workbook.write(xlsx);
        }
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf("floor: read %d records in %.1f s, wrote %d rows x %d columns; %.1f s in all%n", seen[0],
                parsed, rows, columns, total);
    }
}
