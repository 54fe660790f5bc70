package dev.trustmap.evidence.scanners;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.util.Locale;

/**
 * gitleaks JSON reports: an array of findings, v8 with capitalised keys ({@code RuleID, File, StartLine, Secret,
 * Match, Fingerprint}), v7 with lower-case ones ({@code rule, file, lineNumber, offender, line}, where {@code line}
 * is the whole source line, secret included).
 */
final class GitleaksJsonReader {

    private GitleaksJsonReader() {
    }

    static boolean recognises(FileHead head) {
        return head.json() && (head.hasJsonKey("RuleID") && head.hasJsonKey("StartLine")
                || head.hasJsonKey("offender") && head.hasJsonKey("lineNumber"));
    }

    /** Reads every finding; {@code found} gets each finding with its origin and location for messages. */
    static void read(EvidenceFile file, ImportSink sink, GitleaksFinding.Sink found) {
        int[] index = {0};
        ScannerJson.elements(file, (element, line) -> {
            String pointer = "/" + index[0]++;
            Origin origin = new Origin(file.name(), pointer);
            String where = "line " + line;
            if (!element.isObject()) {
                sink.badRow(new InputProblem(file.name(), where, "expected a gitleaks finding (an object), found "
                        + element.getNodeType().toString().toLowerCase(Locale.ROOT) + ".", null));
            } else if (element.has("RuleID") || element.has("StartLine")) {
                found.accept(v8(element), origin, where);
            } else if (element.has("offender") || element.has("lineNumber") || element.has("rule")) {
                found.accept(v7(element), origin, where);
            } else {
                sink.badRow(new InputProblem(file.name(), where, "expected a gitleaks finding with RuleID (v8) or"
                        + " rule (v7); found neither.", "Use the JSON gitleaks wrote with --report-format json."));
            }
        });
    }

    private static GitleaksFinding v8(JsonNode f) {
        return GitleaksFinding.of(ruleOf(f, "RuleID", "Description"), JsonInput.text(f, "File"), number(f, "StartLine"),
                JsonInput.text(f, "Commit"), JsonInput.text(f, "Date"), JsonInput.text(f, "Fingerprint"),
                JsonInput.text(f, "Secret"), JsonInput.text(f, "Match"));
    }

    // v7 has no finding id, and its zero date 0001-01-01T00:00:00Z means "not from git history".
    private static GitleaksFinding v7(JsonNode f) {
        return GitleaksFinding.of(JsonInput.text(f, "rule"), JsonInput.text(f, "file"), number(f, "lineNumber"),
                JsonInput.text(f, "commit"), JsonInput.text(f, "date"), null, JsonInput.text(f, "offender"),
                JsonInput.text(f, "line"));
    }

    private static String ruleOf(JsonNode f, String field, String fallback) {
        String rule = JsonInput.text(f, field);
        return rule != null ? rule : JsonInput.text(f, fallback);
    }

    private static Long number(JsonNode f, String field) {
        JsonNode value = f.get(field);
        return value != null && value.canConvertToLong() && value.isIntegralNumber() ? value.asLong() : null;
    }
}
