package dev.trustmap.evidence.prowler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.problem.InputProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Each Prowler finding as a result on the identity of each resource it names: an identity of its own where the
 * resource is an identity or a credential (it merges with the one another input lists), else an enrichment that
 * joins an identity with that id if any input lists one, and is counted as unmatched otherwise.
 */
final class ProwlerFindings implements JsonRecords.Listener {

    static final String TOOL = "prowler";

    private static final String FIX = "Run prowler <provider> -M json-ocsf and import the .ocsf.json file unmodified.";

    private final EvidenceFile file;
    private final ImportSink sink;
    private int undated;
    private String firstUndated;
    private boolean truncated;
    private JsonRecords.At last;

    ProwlerFindings(EvidenceFile file, ImportSink sink) {
        this.file = file;
        this.sink = sink;
    }

    @Override
    public void record(JsonNode node, JsonRecords.At at) {
        last = at;
        try {
            finding(node, at);
        } catch (BadRecord e) {
            sink.badRow(e.problem());
        }
    }

    /** A killed run leaves the array open: the findings written before are whole and are kept. */
    @Override
    public boolean truncated(String where) {
        truncated = true;
        return true;
    }

    /** Warnings about the whole file, once it is read. */
    void finish() {
        if (truncated) {
            // located at the last whole finding, which a redacted copy of the file keeps on the same line
            sink.warning(new InputProblem(file.name(), last == null ? "line 1" : last.where(), "the findings array "
                    + "ends without its closing bracket after this finding (Prowler was stopped before it finished): "
                    + "the whole findings up to here were read; the scan's later findings are missing.",
                    "Run the scan again to completion."));
        }
        if (undated > 0) {
            sink.warning(new InputProblem(file.name(), firstUndated, undated + (undated == 1 ? " finding has"
                    : " findings have") + " no epoch time (an older Prowler 4.x shape): kept without the time "
                    + "observed, since time_dt is the scanning machine's local time with no zone.",
                    "Use Prowler 5 or later, whose findings carry 'time' in epoch seconds."));
        }
    }

    private void finding(JsonNode node, JsonRecords.At at) {
        if (!node.isObject()) {
            throw bad(at, "expected a Prowler finding (a JSON object), found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        String check = JsonInput.text(node.path("metadata"), "event_code");
        if (check == null) {
            throw bad(at.child("/metadata/event_code"), "expected the Prowler check id in metadata.event_code, "
                    + "found none.");
        }
        ExternalResult result = new ExternalResult(TOOL, check, verdict(node, at), JsonInput.text(node.path(
                "finding_info"), "uid"), observedAt(node, at), message(node), new Origin(file.name(), at.origin()));
        JsonNode cloud = node.path("cloud");
        String provider = JsonInput.text(cloud, "provider");
        String account = JsonInput.text(cloud.path("account"), "uid");
        JsonNode resources = node.path("resources");
        for (int k = 0; k < resources.size(); k++) {
            ResourceTarget target = ResourceTarget.of(resources.get(k), provider, account);
            if (target != null) {
                send(target, result);
            }
        }
    }

    private void send(ResourceTarget target, ExternalResult result) {
        Identity identity = Identity.builder(target.id())
                .name(target.name())
                .platform(target.platform())
                .account(target.account())
                .addExternalResult(result)
                .build();
        if (target.byAlias()) {
            sink.identityByAlias(identity);
        } else if (target.identityLike()) {
            sink.identity(identity);
        } else {
            sink.enrichment(identity);
        }
    }

    /** Muting wins over the result: a muted FAIL is the tool's user accepting it, not a pass or a failure. */
    private ToolVerdict verdict(JsonNode node, JsonRecords.At at) {
        if ("suppressed".equalsIgnoreCase(JsonInput.text(node, "status"))) {
            return ToolVerdict.MUTED;
        }
        String code = JsonInput.text(node, "status_code");
        return switch (code == null ? "" : code.toUpperCase(Locale.ROOT)) {
            case "PASS" -> ToolVerdict.PASS;
            case "FAIL" -> ToolVerdict.FAIL;
            case "MANUAL" -> ToolVerdict.MANUAL;
            default -> throw bad(at.child("/status_code"), "expected status_code PASS, FAIL or MANUAL, found "
                    + (code == null ? "none" : "'" + code + "'") + ".");
        };
    }

    /**
     * {@code time} in epoch seconds, else a time with a zone. {@code time_dt} and {@code created_time_dt} are never
     * read: Prowler writes them in the scanning machine's local time without saying which.
     */
    private Instant observedAt(JsonNode node, JsonRecords.At at) {
        for (JsonNode value : new JsonNode[] {node.get("time"), node.path("finding_info").get("created_time"),
                node.get("event_time")}) {
            Instant instant = instant(value);
            if (instant != null) {
                return instant;
            }
        }
        if (undated++ == 0) {
            firstUndated = at.where();
        }
        return null;
    }

    private static Instant instant(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        if (value.isTextual()) {
            try {
                return OffsetDateTime.parse(value.asText().strip()).toInstant(); // a naive time fails here, rightly
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String message(JsonNode node) {
        String detail = JsonInput.text(node, "status_detail");
        return detail != null ? detail : JsonInput.text(node, "message");
    }

    private BadRecord bad(JsonRecords.At at, String message) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, FIX));
    }
}
