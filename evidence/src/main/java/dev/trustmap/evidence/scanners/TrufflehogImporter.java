package dev.trustmap.evidence.scanners;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * trufflehog v3 {@code --json}: JSON Lines, one finding per line, where it was found under
 * {@code SourceMetadata.Data.<Source>} ({@code Git}, {@code Github}, {@code Filesystem}...). {@code Raw} and
 * {@code RawV2} hold the live secret: only their fingerprint is kept.
 */
public final class TrufflehogImporter implements Importer {

    static final String SCANNER = "trufflehog";

    @Override
    public Set<Shows> shows() {
        return Set.of(Shows.SECRET_SCAN);
    }

    @Override
    public String source() {
        return SCANNER;
    }

    @Override
    public String describe() {
        return "trufflehog v3 --json findings, JSON Lines (leaked secrets; the secret itself is never kept)";
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.zip() && head.json() && head.hasJsonKey("SourceMetadata")
                && (head.hasJsonKey("DetectorName") || head.hasJsonKey("DetectorType"));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        Leaks leaks = new Leaks(file, sink);
        int[] logLines = {0};
        ScannerJson.lines(file, (finding, line) -> {
            if (!finding.has("SourceMetadata")) {
                logLines[0]++; // trufflehog's log lines are JSON too when stderr is sent to the same file
                return;
            }
            LeakedSecret leak = leak(file, sink, finding, line);
            if (leak != null) {
                leaks.add(leak);
            }
        });
        leaks.finish();
        if (logLines[0] > 0) {
            sink.warning(new InputProblem(file.name(), "", logLines[0] + " line" + (logLines[0] == 1 ? " is" : "s are")
                    + " not a finding (no SourceMetadata; trufflehog's log output) and " + (logLines[0] == 1 ? "was"
                    : "were") + " skipped.", "Write only stdout to the report file (2>/dev/null)."));
        }
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.jsonLines(ScannerFields.trufflehog());
    }

    private static LeakedSecret leak(EvidenceFile file, ImportSink sink, JsonNode finding, int line) {
        JsonNode where = source(finding.path("SourceMetadata").path("Data"));
        String path = JsonInput.text(where, "file");
        if (path == null) {
            path = firstText(where, "link", "repository", "bucket", "image");
        }
        Long lineNumber = where.path("line").canConvertToLong() && where.path("line").isIntegralNumber()
                ? where.path("line").asLong() : null;
        String commit = JsonInput.text(where, "commit");
        String timestamp = JsonInput.text(where, "timestamp");
        Instant detectedAt = null;
        try {
            detectedAt = Timestamps.parse(timestamp);
        } catch (DateTimeParseException e) {
            // a leaked secret is never dropped for want of a date
            sink.warning(new InputProblem(file.name(), "line " + line, "expected a time like 2022-06-16 10:17:40"
                    + " -0700 in SourceMetadata timestamp, found " + SecretFindings.quoted(timestamp)
                    + "; the finding is kept without a date.", "Use the JSON Lines trufflehog wrote with --json,"
                    + " unmodified."));
        }
        String detector = JsonInput.text(finding, "DetectorName");
        if (detector == null) {
            detector = JsonInput.text(finding, "DetectorType");
        }
        String decoder = JsonInput.text(finding, "DecoderName");
        String rule = decoder == null || "PLAIN".equalsIgnoreCase(decoder) || detector == null ? detector
                : detector + " (" + decoder + ")";
        String raw = JsonInput.text(finding, "Raw");
        String rawV2 = JsonInput.text(finding, "RawV2");
        String secretFingerprint = SecretFindings.fingerprint(raw);
        String keyId = SecretFindings.awsKeyId(JsonInput.text(finding, "Redacted"),
                finding.has("ExtraData") ? finding.get("ExtraData").toString() : null, raw);
        String id = SecretFindings.derivedId(SCANNER, detector, path, lineNumber, commit,
                Fingerprints.ofSecret(rawV2 != null ? rawV2 : raw));
        JsonNode verified = finding.get("Verified");
        return new LeakedSecret(id, SCANNER, rule, secretFingerprint, keyId, SecretFindings.location(path, lineNumber),
                commit, detectedAt, verified != null && verified.isBoolean() ? verified.asBoolean() : null, null, null,
                new Origin(file.name(), "line " + line));
    }

    /** The one object under Data, whatever source it names (Git, Github, Filesystem, S3, Docker...). */
    private static JsonNode source(JsonNode data) {
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            if (field.getValue().isObject()) {
                return field.getValue();
            }
        }
        return data;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = JsonInput.text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
