package dev.trustmap.pack;

import dev.trustmap.pack.PackManifest.Header;
import dev.trustmap.pack.PackManifest.InputRecord;
import dev.trustmap.pack.PackManifest.SkippedInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A small staged folder as {@code trustmap quarterly} would leave it, packs made from it, and ways to alter them. */
final class PackFixture {

    static final Instant AS_OF = Instant.parse("2026-09-30T23:59:59Z");
    static final String CATALOG_SHA256 = "c".repeat(64);
    static final String POLICY_SHA256 = "d".repeat(64);
    static final Header HEADER = new Header("0.1.0", "2026-Q3", AS_OF, "2026.11", CATALOG_SHA256, POLICY_SHA256);
    static final String REPORT_SHA256 = "a".repeat(64);
    static final String NOTES_SHA256 = "b".repeat(64);

    /** The staged files, by path, in the order they are created (not sorted, on purpose). */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("reports/findings.csv", "id,control,identity\nF-1,LFC-01,ci-deployer\n");
        FILES.put("METHODOLOGY.md", "# How trustmap judges\n");
        FILES.put("inputs/aws-credential-report.csv", "user,arn,access_key_1_active\nci-deployer,arn:aws:iam::"
                + "123456789012:user/ci-deployer,true\n");
        FILES.put("data/assessment.json", "{\"schemaVersion\": 1}\n");
        FILES.put("oscal/assessment-results.json", "{\"assessment-results\": {}}\n");
        FILES.put("reports/board.html", "<!doctype html><title>Board</title>\n");
    }

    static final List<String> SORTED_PATHS = List.of("METHODOLOGY.md", "data/assessment.json",
            "inputs/aws-credential-report.csv", "oscal/assessment-results.json", "reports/board.html",
            "reports/findings.csv");

    static final List<InputRecord> INPUTS = List.of(InputRecord.stored("exports/aws-credential-report.csv",
            "aws-credential-report", REPORT_SHA256, "inputs/aws-credential-report.csv"));
    static final List<SkippedInput> SKIPPED = List.of(new SkippedInput("exports/notes.txt", NOTES_SHA256,
            "not a recognised format"));

    private PackFixture() {
    }

    static Path stage(Path dir) {
        try {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path pack(Path staged, Optional<KeyPair> keys, Path zip) throws IOException {
        PackWriter.write(staged, HEADER, INPUTS, SKIPPED, keys.map(KeyPair::getPrivate), zip);
        return zip;
    }

    static Path pack(Path staged, PrivateKey key, Path zip) throws IOException {
        PackWriter.write(staged, HEADER, INPUTS, SKIPPED, Optional.of(key), zip);
        return zip;
    }

    static String sha256(String content) {
        return ContentDigest.sha256Hex(content.getBytes(StandardCharsets.UTF_8));
    }

    /** One entry of an archive: name and content. */
    record Item(String name, byte[] content) {
    }

    /** The entries of an archive in order, read through its central directory. */
    static List<Item> items(Path zip) throws IOException {
        List<Item> items = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    items.add(new Item(entry.getName(), in.readAllBytes()));
                }
            }
        }
        return items;
    }

    /** Writes entries as a plain zip (as any tool might), in the order given. */
    static Path zip(Path target, List<Item> items) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Item item : items) {
                zip.putNextEntry(new ZipEntry(item.name()));
                zip.write(item.content());
                zip.closeEntry();
            }
        }
        Files.write(target, bytes.toByteArray());
        return target;
    }

    /** The same content with one byte changed (every bit of it flipped). */
    static byte[] flipped(byte[] content, int at) {
        byte[] copy = content.clone();
        copy[at] ^= (byte) 0xff;
        return copy;
    }
}
