package dev.trustmap.evidence.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.JsonInput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fields every GitHub element reads the same way. */
final class GitHubJson {

    static final String PLATFORM = "github";

    private GitHubJson() {
    }

    static String required(JsonNode element, String field, String what) {
        String value = JsonInput.text(element, field);
        if (value == null) {
            throw new BadElement("a " + what + " without " + field + ".",
                    "Export the list again with the GitHub REST API (or gh api) and do not edit it.");
        }
        return value;
    }

    /** A time such as 2023-05-16T08:47:09.000-07:00; null when absent or null. */
    static Instant time(JsonNode element, String field) {
        String raw = JsonInput.text(element, field);
        try {
            return Timestamps.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadElement("expected an ISO-8601 time in " + field + ", found '" + raw + "'.",
                    "Check the value was not edited; GitHub writes e.g. 2023-05-16T08:47:09.000-07:00.");
        }
    }

    /** The first group of the pattern in a URL field, or null. */
    static String fromUrl(JsonNode element, String field, Pattern pattern) {
        String url = JsonInput.text(element, field);
        if (url == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(url);
        return matcher.find() ? matcher.group(1) : null;
    }
}
