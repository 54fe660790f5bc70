import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.CsvTable;
import java.nio.file.Path;

/**
 * The floor for importing an inventory sheet: parse the same file with the same CSV reader and touch every cell,
 * doing nothing else. The import benchmark compares trustmap import against this.
 */
public final class CsvParseFloor {

    private CsvParseFloor() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long rows = 0;
        long chars = 0;
        try (CsvTable table = CsvTable.open(new EvidenceFile(Path.of(args[0])))) {
            var headers = table.headers();
            for (CsvTable.Row row : table) {
                for (String header : headers) {
                    String value = row.get(header);
                    chars += value == null ? 0 : value.length();
                }
                rows++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("parsed %d rows (%d chars) in %.1f s%n", rows, chars, seconds);
    }
}
