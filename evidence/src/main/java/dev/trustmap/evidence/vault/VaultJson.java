package dev.trustmap.evidence.vault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.JsonInput;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Fields token and lease lookups read the same way. */
final class VaultJson {

    static final String PLATFORM = "vault";

    private VaultJson() {
    }

    /** An RFC 3339 time such as 2018-05-19T11:35:54.466476215-04:00; null when absent or null. */
    static Instant time(JsonNode data, String field) {
        String raw = JsonInput.text(data, field);
        try {
            return Timestamps.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadLookup("expected an RFC 3339 time in " + field + ", found '" + raw + "'.",
                    "Check the value was not edited; Vault writes e.g. 2018-05-19T11:35:54.466476215-04:00.");
        }
    }

    /** A whole number of seconds; null when absent or null. */
    static Long seconds(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asText());
        }
        throw new BadLookup("expected a number of seconds in " + field + ", found '" + value.asText() + "'.",
                "Check the value was not edited; Vault writes whole seconds, e.g. 2764800.");
    }
}
