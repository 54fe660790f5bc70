package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Reading Microsoft Graph objects: fields as text, times with their location when they cannot be read. */
final class Graph {

    static final String PLATFORM = "azure";

    /** Graph pages hold their objects in {@code value}. */
    static final Set<String> WRAPPERS = Set.of("value");

    /** The prefix of an identity known only by its service principal's object id, not by its appId. */
    static final String SERVICE_PRINCIPAL = "entra-sp:";

    private Graph() {
    }

    /** The alias under which a service principal's object id names the identity of its appId. */
    static String servicePrincipalKey(String objectId) {
        return SERVICE_PRINCIPAL + objectId;
    }

    /** A service principal's status: disabled by Microsoft or by its accountEnabled; null when neither is stated. */
    static String status(JsonNode node) {
        if (text(node, "disabledByMicrosoftStatus") != null) {
            return "disabled";
        }
        JsonNode enabled = node.get("accountEnabled");
        if (enabled == null || !enabled.isBoolean()) {
            return null; // application objects have no accountEnabled; their service principal does
        }
        return enabled.booleanValue() ? "active" : "disabled";
    }

    /** Text of a scalar field; null for missing, null, empty, or an object or array. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** A Graph time (7-digit fractions; Microsoft's examples also write offsets like -8:00); null when absent. */
    static Instant time(EvidenceFile file, JsonNode node, String field, JsonRecords.At at) {
        String raw = text(node, field);
        try {
            return Timestamps.parse(raw);
        } catch (DateTimeParseException e) {
            throw bad(file, at.child("/" + field), "expected an ISO-8601 time in " + field + ", found '" + raw + "'.",
                    "Export the data again; Graph writes times like 2024-05-01T12:00:00Z.");
        }
    }

    /** A Graph page that says more pages follow ({@code @odata.nextLink}): warn that what they hold is missing. */
    static void warnIfPaged(ImportSink sink, EvidenceFile file, ObjectNode members, JsonRecords.At at,
            String missing, String fix) {
        if (text(members, "@odata.nextLink") != null) {
            sink.warning(new InputProblem(file.name(), "line " + at.line(), "this is one page of a longer list"
                    + " (@odata.nextLink is set): " + missing + " on the later pages are not in this file.", fix));
        }
    }

    /**
     * Reads a whole page saved as an element of an array ({@code [{"value": [...]}, ...]}, as a loop over pages
     * may collect them): its objects as records, its other members as the envelope. False when the node is no page.
     */
    static boolean page(JsonNode node, JsonRecords.At at, JsonRecords.Listener listener) {
        JsonNode records = node.isObject() ? node.get("value") : null;
        if (records == null || !records.isArray()) {
            return false;
        }
        for (int i = 0; i < records.size(); i++) {
            listener.record(records.get(i), at.child("/value/" + i));
        }
        ObjectNode members = ((ObjectNode) node).deepCopy();
        members.remove("value");
        listener.envelope(members, at);
        return true;
    }

    static BadRecord bad(EvidenceFile file, JsonRecords.At at, String message, String fix) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, fix));
    }
}
