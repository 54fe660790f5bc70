package dev.trustmap.evidence.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Streams the records of a JSON export one at a time, whatever its shell: JSON Lines, one array, several arrays
 * written one after the other (a shell loop over {@code gcloud ... --format=json}), or objects that wrap their
 * records in an array member ({@code {"keys": [...]}} from the REST API). Truncated or malformed JSON fails with
 * its line and column.
 */
public final class JsonRecords {

    /**
     * Where a record sits: the line it starts on and a JSON pointer, relative to the line when the record is a whole
     * line of JSON Lines ({@code wholeLine}), else to the document.
     */
    public record At(int line, String pointer, boolean wholeLine) {

        /** For origins: the pointer, after the line for a record that is a line of JSON Lines. */
        public String origin() {
            return !wholeLine ? pointer : pointer.isEmpty() ? "line " + line : "line " + line + " " + pointer;
        }

        /** For problems: the line and, where there is one, the pointer. */
        public String where() {
            return pointer.isEmpty() ? "line " + line : "line " + line + ", " + pointer;
        }

        public At child(String path) {
            return new At(line, pointer + path, wholeLine);
        }
    }

    /** Receives records and the members around a wrapped array. */
    public interface Listener {
        void record(JsonNode node, At at);

        /** The other members of an object whose wrapper array was streamed (e.g. {@code @odata.nextLink}). */
        default void envelope(ObjectNode members, At at) {
        }

        /**
         * The file ends before its JSON does ({@code where}: line and column). A format whose writer can be killed
         * mid-file (Prowler writes its array in batches) keeps the records read so far, warns and returns true; by
         * default the file fails as truncated.
         */
        default boolean truncated(String where) {
            return false;
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonRecords() {
    }

    /**
     * Reads every record of the file.
     *
     * @param wrappers member names whose array value holds the records; an object without one is itself a record
     */
    public static void read(EvidenceFile file, Set<String> wrappers, Listener listener) {
        try (Reader reader = file.reader(); JsonParser parser = MAPPER.createParser(reader)) {
            int documents = 0;
            int shells = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                documents++;
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.START_ARRAY) {
                    shells++;
                    array(file, parser, prefix(shells), line, listener);
                } else if (token == JsonToken.START_OBJECT) {
                    shells += object(file, parser, wrappers, prefix(shells + 1), line, listener) ? 1 : 0;
                } else {
                    throw new InputException(new InputProblem(file.name(), where(parser.currentTokenLocation()),
                            "expected a JSON object or array, found " + token.asString() + ".",
                            "Check the file is the tool's unmodified JSON output."));
                }
            }
            if (documents == 0) {
                throw new InputException(new InputProblem(file.name(), "line 1", "the file is empty; expected JSON.",
                        "Export the data again."));
            }
        } catch (JsonEOFException e) {
            if (!listener.truncated(where(e.getLocation()))) {
                throw malformed(file.name(), e);
            }
        } catch (JsonProcessingException e) {
            throw malformed(file.name(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String prefix(int shell) {
        return shell <= 1 ? "" : "document " + shell + " ";
    }

    private static void array(EvidenceFile file, JsonParser parser, String pointer, int line, Listener listener)
            throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                if (listener.truncated(where(parser.currentLocation()))) {
                    return;
                }
                throw truncated(file.name(), parser.currentLocation());
            }
            int at = parser.currentTokenLocation().getLineNr();
            listener.record(MAPPER.readTree(parser), new At(at, pointer + "/" + index++, false));
        }
    }

    /** Reads one top-level object; true when it wrapped an array of records. */
    private static boolean object(EvidenceFile file, JsonParser parser, Set<String> wrappers, String prefix, int line,
            Listener listener) throws IOException {
        ObjectNode members = MAPPER.createObjectNode();
        boolean wrapped = false;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == null) {
                throw truncated(file.name(), parser.currentLocation());
            }
            if (value == JsonToken.START_ARRAY && wrappers.contains(name)) {
                wrapped = true;
                array(file, parser, prefix + "/" + name, line, listener);
            } else {
                members.set(name, MAPPER.readTree(parser));
            }
        }
        if (token == null) {
            throw truncated(file.name(), parser.currentLocation());
        }
        if (wrapped) {
            listener.envelope(members, new At(line, prefix.strip(), false));
        } else {
            listener.record(members, new At(line, "", true));
        }
        return wrapped;
    }

    private static InputException truncated(String file, JsonLocation at) {
        return new InputException(new InputProblem(file, where(at),
                "the JSON ends before it is complete (the file looks truncated).",
                "Export the data again and check the file was copied completely."));
    }

    private static InputException malformed(String file, JsonProcessingException e) {
        return JsonInput.malformed(file, 0, e);
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
