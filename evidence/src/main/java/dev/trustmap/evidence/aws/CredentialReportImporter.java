package dev.trustmap.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.Utf8Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The IAM credential report: the CSV itself, or the JSON of {@code aws iam get-credential-report} whose
 * {@code Content} holds the CSV as base64 (or as text, in boto3 dumps). One identity per row.
 */
public final class CredentialReportImporter implements Importer {

    /** The 22 columns AWS writes, in order. */
    static final List<String> COLUMNS = List.of("user", "arn", "user_creation_time", "password_enabled",
            "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
            "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_1_last_used_region", "access_key_1_last_used_service", "access_key_2_active",
            "access_key_2_last_rotated", "access_key_2_last_used_date", "access_key_2_last_used_region",
            "access_key_2_last_used_service", "cert_1_active", "cert_1_last_rotated", "cert_2_active",
            "cert_2_last_rotated");

    /**
     * The columns {@link CredentialReportRow} reads. AWS has written all of them since the report began; a file
     * without one was edited or cut, and importing it would drop what the column says (a key's age, its last use).
     */
    static final List<String> NEEDED = List.of("user", "arn", "password_enabled", "password_last_used",
            "password_last_changed", "password_next_rotation", "access_key_1_active", "access_key_1_last_rotated",
            "access_key_1_last_used_date", "access_key_2_active", "access_key_2_last_rotated",
            "access_key_2_last_used_date", "cert_1_active", "cert_1_last_rotated", "cert_2_active",
            "cert_2_last_rotated");

    // "user,arn," in base64 begins "dXNlcixhcm4s"; boto3 dumps carry the decoded text instead.
    private static final Pattern JSON_CONTENT = Pattern.compile(
            "\"Content\"\\s*:\\s*\"(?:\\\\ufeff)?(?:(?i:user,arn,)|dXNlcixhcm4s|77u/dXNlcixhcm4s)");

    @Override
    public Set<Shows> shows() {
        return Set.of(Shows.CONSOLE_PASSWORDS);
    }

    @Override
    public String source() {
        return "aws-credential-report";
    }

    @Override
    public String describe() {
        return "AWS IAM credential report (the CSV, or the JSON of aws iam get-credential-report)";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (head.zip()) {
            return false;
        }
        if (head.json()) {
            return head.hasJsonKey("Content") && (JSON_CONTENT.matcher(head.text()).find()
                    || head.text().contains("\"text/csv\"") && head.hasJsonKey("ReportFormat"));
        }
        List<String> header = Arrays.stream(head.firstLine().toLowerCase(Locale.ROOT).split(","))
                .map(h -> h.strip().replace("\"", "")).toList();
        return header.size() > 2 && header.get(0).equals("user") && header.get(1).equals("arn")
                && header.contains("access_key_1_active");
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        if (file.head().json()) {
            String csv = contentOf(file);
            try (CsvTable table = CsvTable.of(file.name(), "/Content ", csv)) {
                readTable(table, file.name(), sink);
            }
        } else {
            try (CsvTable table = CsvTable.open(file)) {
                readTable(table, file.name(), sink);
            }
        }
    }

    @Override
    public Redaction redaction(FileHead head) {
        return head.json() ? Redaction.json() : Redaction.csv();
    }

    /** The CSV inside the JSON: base64 from the API and the CLI, already-decoded text from boto3 dumps. */
    private static String contentOf(EvidenceFile file) {
        JsonNode root = JsonInput.read(file);
        if (!root.isObject()) {
            throw new InputException(new InputProblem(file.name(), "/", "expected the JSON object that aws iam "
                    + "get-credential-report prints ({\"Content\": ..., \"ReportFormat\": \"text/csv\"}).",
                    "Export it with: aws iam get-credential-report --output json"));
        }
        String format = JsonInput.text(root, "ReportFormat");
        if (format != null && !format.equalsIgnoreCase("text/csv")) {
            throw new InputException(new InputProblem(file.name(), "/ReportFormat", "expected text/csv, found '"
                    + format + "'.", "AWS writes credential reports only as text/csv; export it again."));
        }
        JsonNode content = root.get("Content");
        if (content == null || !content.isTextual() || content.asText().isBlank()) {
            throw new InputException(new InputProblem(file.name(), "/Content", "the report has no Content text.",
                    "Run aws iam generate-credential-report, wait for COMPLETE, then get-credential-report."));
        }
        String text = content.asText();
        if (!text.contains(",")) { // base64 never contains a comma; CSV always does
            try {
                text = decoded(file, Base64.getDecoder().decode(text.replaceAll("\\s", "")));
            } catch (IllegalArgumentException e) {
                throw new InputException(new InputProblem(file.name(), "/Content",
                        "Content is neither CSV text nor base64.",
                        "Save the output of aws iam get-credential-report unmodified."));
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The base64-decoded CSV as text; bytes that are not UTF-8 are refused at their line of the CSV. */
    private static String decoded(EvidenceFile file, byte[] bytes) {
        try {
            return Utf8Text.decode(file.name(), bytes);
        } catch (InputException e) {
            InputProblem problem = e.problems().get(0);
            throw new InputException(new InputProblem(problem.file(), "/Content " + problem.location(),
                    problem.message(), problem.fix()));
        }
    }

    private static void readTable(CsvTable table, String file, ImportSink sink) {
        checkHeader(table, file, sink);
        for (CsvTable.Row row : table) {
            try {
                sink.identity(CredentialReportRow.read(row, new Origin(file, row.where())));
            } catch (CredentialReportRow.BadCell e) {
                sink.badRow(new InputProblem(file, row.where(), e.getMessage(),
                        "Correct the cell, or generate the report again."));
            }
        }
    }

    private static void checkHeader(CsvTable table, String file, ImportSink sink) {
        table.requireColumns("an AWS credential report", NEEDED, "Re-export it with aws iam "
                + "generate-credential-report, then aws iam get-credential-report, and import the file unmodified.");
        List<String> unknown = new ArrayList<>();
        for (String header : table.headers()) {
            if (!header.isEmpty() && !COLUMNS.contains(header.toLowerCase(Locale.ROOT))) {
                unknown.add(header);
            }
        }
        if (!unknown.isEmpty()) {
            sink.warning(new InputProblem(file, table.headerWhere(), "ignored column"
                    + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + ": not part of the AWS credential report.", null));
        }
    }
}
