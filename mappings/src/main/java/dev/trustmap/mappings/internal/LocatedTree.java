package dev.trustmap.mappings.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.model.catalog.SourceRef;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.Utf8Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON or YAML document read into a Jackson tree that remembers where every value was written, so that an
 * error found later (by the schema or by lint) can name the line and column. Duplicate keys are reported, not
 * silently overwritten as plain Jackson would; YAML anchors, aliases, merge keys and tags are refused.
 */
public final class LocatedTree {

    private static final JsonFactory JSON = new JsonFactory();

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;
    private final List<InputProblem> problems;

    private LocatedTree(String file, JsonNode root, Map<String, JsonLocation> locations, List<InputProblem> problems) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.problems = problems;
    }

    /**
     * Parses a document; YAML unless the name ends in {@code .json}.
     *
     * @throws InputException when the text is not well-formed or not UTF-8, or when YAML uses an anchor, an alias,
     *     a merge key or a tag ({@link PlainYaml}), naming the line and column
     */
    public static LocatedTree parse(String file, byte[] content) {
        String text = Utf8Text.decode(file, content);
        boolean yaml = !file.endsWith(".json");
        Map<String, JsonLocation> locations = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        List<InputProblem> shortcuts = new ArrayList<>();
        try (JsonParser parser = yaml ? PlainYaml.parser(text) : JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(new InputProblem(file, "line 1", "the file is empty.",
                        "Start it with a 'kind:' line naming what it holds."));
            }
            JsonNode root = new Builder(file, parser, yaml, locations, problems, shortcuts).read("");
            if (!shortcuts.isEmpty()) {
                throw new InputException(shortcuts);
            }
            return new LocatedTree(file, root, locations, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputException(new InputProblem(file, where, "not well-formed: " + e.getOriginalMessage(),
                    "Check indentation, quoting and brackets around that position."));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, "", "cannot be read: " + e.getMessage(), null));
        }
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** Problems found while reading (duplicate keys). */
    public List<InputProblem> problems() {
        return problems;
    }

    /** Where the value at a JSON pointer was written; falls back to the nearest enclosing value. */
    public SourceRef at(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation location = locations.get(p);
            if (location != null) {
                return new SourceRef(file, location.getLineNr(), location.getColumnNr());
            }
            if (p.isEmpty()) {
                return new SourceRef(file, 0, 0);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** {@code line N, column M} for a pointer, for use in an {@link InputProblem}. */
    public String where(String pointer) {
        SourceRef ref = at(pointer);
        return ref.line() > 0 ? "line " + ref.line() + ", column " + ref.column() : pointer;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Builds the tree token by token, recording each value's location under its JSON pointer and, in YAML, each
     * anchor, alias, merge key and tag among {@code shortcuts}.
     */
    private static final class Builder {
        private final String file;
        private final JsonParser parser;
        private final boolean yaml;
        private final Map<String, JsonLocation> locations;
        private final List<InputProblem> problems;
        private final List<InputProblem> shortcuts;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        Builder(String file, JsonParser parser, boolean yaml, Map<String, JsonLocation> locations,
                List<InputProblem> problems, List<InputProblem> shortcuts) {
            this.file = file;
            this.parser = parser;
            this.yaml = yaml;
            this.locations = locations;
            this.problems = problems;
            this.shortcuts = shortcuts;
        }

        JsonNode read(String pointer) throws IOException {
            JsonLocation location = parser.currentTokenLocation();
            locations.put(pointer, location);
            JsonToken token = parser.currentToken();
            refuseShortcut();
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonLocation keyAt = parser.currentTokenLocation();
                        refuseShortcut();
                        parser.nextToken();
                        JsonNode value = read(pointer + "/" + escape(name));
                        if (object.has(name)) {
                            problems.add(new InputProblem(file,
                                    "line " + keyAt.getLineNr() + ", column " + keyAt.getColumnNr(),
                                    "the key '" + name + "' appears twice in the same mapping.",
                                    "Keep one of them."));
                        }
                        object.set(name, value);
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = nodes.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(read(pointer + "/" + index++));
                    }
                    return array;
                }
                case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> {
                    return nodes.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return nodes.numberNode(parser.getBigIntegerValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return nodes.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return nodes.nullNode();
                }
                default -> throw new IOException("unexpected " + token + " at line " + location.getLineNr());
            }
        }

        private void refuseShortcut() throws IOException {
            InputProblem shortcut = yaml ? PlainYaml.shortcut(file, parser) : null;
            if (shortcut != null) {
                shortcuts.add(shortcut);
            }
        }
    }
}
