package dev.trustmap.evidence.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes a large inventory sheet (CSV) for tests and the benchmark: {@code rows} rows, two per identity, the two
 * rows of an identity half a file apart (never adjacent), so the importer's merging is exercised at scale.
 *
 * <p>Row {@code r} (0-based) belongs to identity {@code r % identities} where {@code identities = (rows + 1) / 2};
 * every 100th identity has no credential on its first row. Run {@code main(out, rows)} for the benchmark file.
 */
public final class InventorySheetGenerator {

    static final String HEADER = String.join(",", InventoryColumns.ALL);
    private static final String[] PLATFORMS = {"aws", "gcp", "azure", "openai", "kubernetes"};
    private static final String[] ENVIRONMENTS = {"prod", "staging", "dev"};
    private static final String[] KINDS = {"access_key", "api_key", "client_secret", "oauth_token", "certificate"};
    private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");

    private InventorySheetGenerator() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "inventory-1m.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(out, rows);
        System.out.println("wrote " + rows + " rows to " + out);
    }

    /** The number of identities a file of {@code rows} rows holds. */
    public static int identities(int rows) {
        return (rows + 1) / 2;
    }

    /** The number of credentials a file of {@code rows} rows holds. */
    public static int credentials(int rows) {
        return rows - identities(rows) / 100;
    }

    /** The identity id of identity {@code k}. */
    public static String identityId(int k) {
        return String.format("nhi-%07d", k);
    }

    /** Writes the sheet: UTF-8 with a BOM and CRLF line ends, as Excel saves CSV. */
    public static void write(Path out, int rows) {
        int identities = identities(rows);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            writer.write(HEADER);
            writer.write("\r\n");
            StringBuilder line = new StringBuilder(512);
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                row(line, r % identities, r / identities);
                writer.append(line).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder line, int k, int c) {
        String name = switch (k % 7) {
            case 0 -> "ci-deploy-" + k;
            case 1 -> "support-agent-" + k;
            default -> "svc-" + k;
        };
        String actorClass = switch (k % 7) {
            case 0 -> ""; // inferred: pipeline
            case 1 -> "ai_agent";
            default -> "workload";
        };
        Instant created = BASE.plusSeconds(86_400L * (k % 700));
        line.append(identityId(k)).append(',').append(name).append(',').append(actorClass).append(',')
                .append(PLATFORMS[k % PLATFORMS.length]).append(",acct-").append(k % 50).append(',')
                .append(ENVIRONMENTS[k % ENVIRONMENTS.length]).append(",system-").append(k % 30)
                .append(",owner").append(k % 200).append("@example.com,biz").append(k % 40).append("@example.com,")
                .append(k % 1000 == 0 ? "\"Moves data, nightly\nand on demand\"" : "Runs job " + k).append(',')
                .append(k % 10 == 0 ? "yes" : "no").append(",read;write,,,,,,,active,")
                .append(k % 13 == 0 ? LocalDate.of(2027, 1, 1 + k % 28).toString() : "").append(',');
        boolean noCredential = c == 0 && k % 100 == 99;
        if (noCredential) {
            line.append(",,,,,,,");
            return;
        }
        String kind = KINDS[(k + c) % KINDS.length];
        line.append(identityId(k)).append('#').append(c).append(',').append(kind).append(',')
                .append(created).append(',').append(created.plusSeconds(3_600L * c)).append(',')
                .append(k % 5 == 0 ? "N/A" : created.plusSeconds(86_400L * 30).toString()).append(',')
                .append(kind.equals("oauth_token") ? created.plusSeconds(3600).toString() : "").append(',')
                .append(kind.equals("oauth_token") ? "3600" : "").append(',').append(c == 0 ? "true" : "false");
    }
}
