package dev.trustmap.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot mean what they should: bytes that are not UTF-8 (a Windows-1252 {@code é} is the usual one)
 * stop the run at their line instead of becoming U+FFFD, and a known export without a column trustmap reads stops
 * naming the column instead of losing what it says.
 */
class MalformedFilesTest extends CommandTestBase {

    private static final String AWS_HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
            + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
            + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
            + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
            + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,"
            + "cert_2_active,cert_2_last_rotated";

    @TempDir
    Path dir;

    /** The problems printed on stderr, one per line, without the heading. */
    private static List<String> problems(Run run) {
        return run.err().lines().filter(line -> line.startsWith("  ")).map(String::strip).toList();
    }

    private static String notUtf8(Path file, int line) {
        return file + ":line " + line + ": holds bytes that are not UTF-8 (the file was probably saved in another"
                + " encoding, such as Windows-1252 or Latin-1). Fix: Save the file as UTF-8 (in Excel: Save As, CSV"
                + " UTF-8; in an editor: save with encoding UTF-8), or export it again.";
    }

    /** Writes the text with {@code é} as the single byte E9, as Windows-1252 and Latin-1 write it. */
    private Path writeLatin1(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String awsRow(String user) {
        return user + ",arn:aws:iam::111122223333:user/" + user + ",2024-01-01T00:00:00+00:00,false,N/A,N/A,N/A,"
                + "false,true,2025-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n";
    }

    private Run importing(Path file) {
        return trustmap("import", file.toString(), "--as-of", "2026-09-30", "--out",
                dir.resolve("inventory.json").toString());
    }

    @Test
    void latin1ByteDeepInALargeCsvExportStopsTheImportAtItsLine() throws IOException {
        StringBuilder csv = new StringBuilder(AWS_HEADER).append('\n');
        for (int i = 1; i < 2999; i++) {
            csv.append(awsRow("svc-" + i));
        }
        csv.append(awsRow("svc-caf\u00e9")); // line 3000, far past the detection head and the decoding buffer
        Path report = writeLatin1("credential-report.csv", csv.toString());
        Run run = importing(report);
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(notUtf8(report, 3000));
        assertThat(dir.resolve("inventory.json")).doesNotExist();
    }

    @Test
    void latin1ByteInAJsonExportStopsTheImportAtItsLine() throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 1; i <= 500; i++) {
            json.append("  {\n    \"displayName\": \"").append(i == 500 ? "caf\u00e9" : "etl " + i).append("\",\n")
                    .append("    \"email\": \"etl-").append(i).append("@proj.iam.gserviceaccount.com\",\n")
                    .append("    \"name\": \"projects/proj/serviceAccounts/etl-").append(i)
                    .append("@proj.iam.gserviceaccount.com\",\n")
                    .append("    \"uniqueId\": \"").append(100000 + i).append("\"\n  }")
                    .append(i == 500 ? "\n" : ",\n");
        }
        json.append("]\n");
        Path accounts = writeLatin1("service-accounts.json", json.toString());
        Run run = importing(accounts);
        assertThat(run.code()).isEqualTo(3);
        // each account takes six lines after the opening bracket; the last one's displayName is its second
        assertThat(problems(run)).containsExactly(notUtf8(accounts, 1 + 499 * 6 + 2));
    }

    @Test
    void latin1ByteInAPolicyCommentStopsAtItsLine() throws IOException {
        Path policy = writeLatin1("policy.yaml", "kind: policy\nlimits:\n  # r\u00e9vis\u00e9 en mars\n"
                + "  unused-days: 30\n");
        Run run = trustmap("policy", "show", "--policy", policy.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(notUtf8(policy, 3));
    }

    @Test
    void latin1ByteInAnOwnersCsvStopsAtItsLine() throws IOException {
        Path owners = writeLatin1("control-owners.csv", "control_id,owner,backup_owner,team,review_due\r\n"
                + "ACT-01,alice@example.com,bob@example.com,IAM,2026-12-31\r\n"
                + "LFC-01,alice@example.com,,S\u00e9curit\u00e9,2026-12-31\r\n");
        Run run = trustmap("owners", "validate", owners.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(notUtf8(owners, 3));
    }

    @Test
    void latin1ByteInAnInventoryJsonStopsAtItsLine() throws IOException {
        Path sheet = Files.writeString(dir.resolve("sheet.csv"), "identity_id,identity_name,platform\n"
                + "svc-billing,CAFE-NAME,aws\n");
        Path inventory = dir.resolve("inventory.json");
        assertThat(trustmap("import", sheet.toString(), "--as-of", "2026-09-30", "--out", inventory.toString())
                .code()).isZero();
        List<String> lines = Files.readAllLines(inventory);
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("CAFE-NAME")).findFirst().orElseThrow());
        Path copy = writeLatin1("copy.json", String.join("\n", lines).replace("CAFE-NAME", "caf\u00e9") + "\n");
        Run run = trustmap("import", copy.toString(), "--as-of", "2026-09-30", "--out",
                dir.resolve("again.json").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(notUtf8(copy, line));
    }

    @Test
    void credentialReportWithAMisspeltColumnStopsNamingTheColumn() throws IOException {
        String header = AWS_HEADER.replace("access_key_1_last_rotated", "access_key_1_last_rotatd");
        Path report = Files.writeString(dir.resolve("credential-report.csv"), header + "\n" + awsRow("svc-1"));
        Run run = importing(report);
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(report + ":line 1: the header lacks the column "
                + "access_key_1_last_rotated, which an AWS credential report always has; found: "
                + header.replace(",", ", ") + ". Fix: Re-export it with aws iam generate-credential-report, then"
                + " aws iam get-credential-report, and import the file unmodified.");
        assertThat(dir.resolve("inventory.json")).doesNotExist();
    }

    @Test
    void gitleaksCsvWithoutItsDateColumnStopsNamingTheColumn() throws IOException {
        String header = "RuleID,Commit,File,SymlinkFile,Secret,Match,StartLine,EndLine,StartColumn,EndColumn,"
                + "Author,Message,Email,Fingerprint,Tags";
        Path report = Files.writeString(dir.resolve("gitleaks.csv"), header + "\n"
                + "generic-api-key,abc123,app/config.py,,REDACTED,key = REDACTED,12,12,7,40,dev,init,"
                + "dev@example.com,abc123:app/config.py:generic-api-key:12,\n");
        Run run = importing(report);
        assertThat(run.code()).isEqualTo(3);
        assertThat(problems(run)).containsExactly(report + ":line 1: the header lacks the column Date, which a"
                + " gitleaks CSV report always has; found: " + header.replace(",", ", ") + ". Fix: Re-export it"
                + " with gitleaks --report-format csv and import the file unmodified.");
    }
}
