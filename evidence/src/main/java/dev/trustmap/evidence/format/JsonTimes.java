package dev.trustmap.evidence.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Times in JSON exports that write either form: epoch seconds (a number, or digits in a string, as protojson writes
 * 64-bit integers) or ISO-8601 text. AWS CLI v1 prints {@code 1523477145.729} where v2 prints
 * {@code 2018-04-11T22:05:45.729000+02:00}; Key Vault's REST API writes {@code 1741668435} where az prints
 * {@code 2025-03-11T04:47:15+00:00}.
 */
public final class JsonTimes {

    private static final Pattern EPOCH_TEXT = Pattern.compile("\\d{1,15}(?:\\.\\d{1,9})?");

    private JsonTimes() {
    }

    /**
     * The instant a member states; null when it is missing, null, zero, or text that means "no date".
     *
     * @throws DateTimeParseException when the value is neither form (a boolean, an object, "yesterday")
     */
    public static Instant epochOrIso(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Timestamps.fromEpochSeconds(value.decimalValue());
        }
        if (!value.isTextual()) {
            throw new DateTimeParseException("not a time", value.toString(), 0);
        }
        String text = value.asText().strip();
        if (EPOCH_TEXT.matcher(text).matches()) {
            return Timestamps.fromEpochSeconds(new BigDecimal(text));
        }
        return Timestamps.parse(text);
    }

    /** The value as written, for messages: text without its quotes, anything else as JSON. */
    public static String raw(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
    }
}
