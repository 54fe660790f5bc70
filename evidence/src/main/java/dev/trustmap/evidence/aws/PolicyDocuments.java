package dev.trustmap.evidence.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** IAM policy documents: reading them in either form, and the few questions the importers ask of them. */
final class PolicyDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyDocuments() {
    }

    /**
     * The document as JSON. The IAM API returns documents URL-encoded (RFC 3986) inside the JSON; the CLI and boto3
     * decode them to objects. Accepts both, and plain JSON text.
     *
     * @throws IllegalArgumentException when the value is not a policy document
     */
    static JsonNode parse(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isObject()) {
            return value;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("expected a policy document (an object or URL-encoded JSON text)");
        }
        String text = value.asText().strip();
        if (!text.startsWith("{")) {
            text = URLDecoder.decode(text, StandardCharsets.UTF_8).strip();
        }
        try {
            JsonNode doc = MAPPER.readTree(text);
            if (doc == null || !doc.isObject()) {
                throw new IllegalArgumentException("expected a policy document (a JSON object)");
            }
            return doc;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the policy document is not valid JSON");
        }
    }

    /** The statements of a document: {@code Statement} may be one object or a list. */
    static List<JsonNode> statements(JsonNode doc) {
        List<JsonNode> result = new ArrayList<>();
        JsonNode statement = doc == null ? null : doc.get("Statement");
        if (statement == null) {
            return result;
        }
        if (statement.isArray()) {
            statement.forEach(result::add);
        } else if (statement.isObject()) {
            result.add(statement);
        }
        return result;
    }

    /** True when a statement says Allow. */
    static boolean allows(JsonNode statement) {
        return "allow".equalsIgnoreCase(statement.path("Effect").asText());
    }

    /** True when some Allow statement grants every action ({@code *}) on every resource ({@code *}). */
    static boolean allowsEverything(JsonNode doc) {
        for (JsonNode statement : statements(doc)) {
            if (allows(statement) && strings(statement.get("Action")).stream().anyMatch(a -> a.equals("*")
                    || a.equals("*:*")) && strings(statement.get("Resource")).contains("*")) {
                return true;
            }
        }
        return false;
    }

    /** A string-or-list field as a list (Action, Resource, a principal's values). */
    static List<String> strings(JsonNode value) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value.isArray()) {
            value.forEach(v -> result.add(v.asText().strip()));
        } else if (value.isValueNode() && !value.isNull()) {
            result.add(value.asText().strip());
        }
        return result;
    }
}
