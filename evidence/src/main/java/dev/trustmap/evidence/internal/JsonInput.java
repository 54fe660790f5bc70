package dev.trustmap.evidence.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.ObjIntConsumer;

/** Reads JSON documents and JSON Lines; malformed or truncated JSON fails with its line and column. */
public final class JsonInput {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    // Reading element by element leaves tokens after each element by design, so no trailing-token check here.
    private static final ObjectMapper STREAMING = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonInput() {
    }

    /** The whole file as one JSON value. */
    public static JsonNode read(EvidenceFile file) {
        try (Reader reader = file.reader()) {
            JsonNode node = MAPPER.readTree(reader);
            if (node == null || node.isMissingNode()) {
                throw new InputException(new InputProblem(file.name(), "line 1", "the file is empty; expected JSON.",
                        "Export the data again."));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(file.name(), 0, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON held in memory (a value embedded in another document). */
    public static JsonNode parse(String file, String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(file, 0, e);
        }
    }

    /**
     * Calls {@code each} with every non-blank line of a JSON Lines file and its 1-based line number. Also accepts a
     * file holding one JSON array (its elements are passed with the line each starts on).
     */
    public static void lines(EvidenceFile file, ObjIntConsumer<JsonNode> each) {
        if (file.head().text().stripLeading().startsWith("[")) {
            elements(file, each);
            return;
        }
        try (BufferedReader reader = new BufferedReader(file.reader())) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    each.accept(MAPPER.readTree(line), number);
                } catch (JsonProcessingException e) {
                    throw malformed(file.name(), number - 1, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the elements of a top-level JSON array, one at a time, with the line each starts on. Several arrays
     * written one after another (pages saved by a shell loop) are read in turn.
     */
    public static void elements(EvidenceFile file, ObjIntConsumer<JsonNode> each) {
        try (Reader reader = file.reader(); JsonParser parser = STREAMING.createParser(reader)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                throw new InputException(new InputProblem(file.name(), "line 1", "expected a JSON array.", null));
            }
            while (token == JsonToken.START_ARRAY) {
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        throw new InputException(new InputProblem(file.name(), where(parser.currentLocation()),
                                "the JSON ends before the array is closed (the file looks truncated).",
                                "Export the data again and check the file was copied completely."));
                    }
                    int line = parser.currentTokenLocation().getLineNr();
                    each.accept(STREAMING.readTree(parser), line);
                }
                token = parser.nextToken();
            }
            if (token != null) {
                throw new InputException(new InputProblem(file.name(), where(parser.currentTokenLocation()),
                        "expected another JSON array or the end of the file, found " + token + ".", null));
            }
        } catch (JsonProcessingException e) {
            throw malformed(file.name(), 0, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problem for JSON that cannot be parsed, located but without Jackson's detail: that detail quotes the
     * offending token, which in a secret-bearing export can be part of a secret.
     */
    public static InputException malformed(String file, int lineOffset, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + (at.getLineNr() + lineOffset) + ", column " + at.getColumnNr();
        String message = e.getOriginalMessage();
        boolean truncated = message != null && message.contains("end-of-input");
        boolean duplicate = message != null && message.startsWith("Duplicate field");
        return new InputException(new InputProblem(file, where,
                truncated ? "the JSON ends before it is complete (the file looks truncated)."
                        : duplicate ? "not valid JSON: an object names the same member twice."
                        : "not valid JSON at this position.",
                truncated ? "Export the data again and check the file was copied completely."
                        : "Check the file is the tool's unmodified JSON output."));
    }

    private static String where(JsonLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Text of a field, or null when it is missing, null, or empty. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }
}
