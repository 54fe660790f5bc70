package dev.trustmap.assessment.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.trustmap.mappings.internal.PlainYaml;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.Utf8Text;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written (1-based line and column), read with Jackson's streaming YAML
 * parser. A small stand-in for the mappings module's located tree, which this module cannot use. Duplicate keys
 * are reported as problems rather than silently overwritten; anchors, aliases, merge keys and tags are refused
 * ({@link PlainYaml}).
 */
final class YamlNode {

    enum Type { MAP, LIST, SCALAR, NULL }

    private final Type type;
    private final int line;
    private final int column;
    private final String text;
    private final JsonToken token;
    private final BigInteger integer;
    private final Map<String, YamlNode> entries;
    private final Map<String, YamlNode> keys;
    private final List<YamlNode> items;

    private YamlNode(Type type, JsonLocation at, String text, JsonToken token, BigInteger integer,
            Map<String, YamlNode> entries, Map<String, YamlNode> keys, List<YamlNode> items) {
        this.type = type;
        this.line = at.getLineNr();
        this.column = at.getColumnNr();
        this.text = text;
        this.token = token;
        this.integer = integer;
        this.entries = entries;
        this.keys = keys;
        this.items = items;
    }

    /**
     * Parses one YAML document.
     *
     * @param problems receives duplicate keys and a second document; the caller decides when to throw
     * @return the root, or null when the document holds nothing (empty, or only comments)
     * @throws InputException when the text is not well-formed YAML, not UTF-8, or uses an anchor, an alias, a merge
     *     key or a tag ({@link PlainYaml}), naming the line and column of each
     */
    static YamlNode parse(String file, byte[] content, List<InputProblem> problems) {
        String text = Utf8Text.decode(file, content);
        List<InputProblem> shortcuts = new ArrayList<>();
        try (JsonParser parser = PlainYaml.parser(text)) {
            if (parser.nextToken() == null) {
                return null;
            }
            YamlNode root = read(file, parser, problems, shortcuts);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new InputProblem(file, where(at.getLineNr(), at.getColumnNr()),
                        "a second YAML document starts here; the file must hold one.",
                        "Delete the '---' line and what follows, or merge it into the first document."));
            }
            if (!shortcuts.isEmpty()) {
                throw new InputException(shortcuts);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : where(at.getLineNr(), at.getColumnNr());
            throw new InputException(new InputProblem(file, where, "not well-formed YAML: " + e.getOriginalMessage(),
                    "Check indentation, quoting and brackets around that position."));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, "", "cannot be read: " + e.getMessage(), null));
        }
    }

    private static YamlNode read(String file, JsonParser parser, List<InputProblem> problems,
            List<InputProblem> shortcuts) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        refuseShortcut(file, parser, shortcuts);
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, YamlNode> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    refuseShortcut(file, parser, shortcuts);
                    YamlNode key = new YamlNode(Type.SCALAR, keyAt, name, JsonToken.VALUE_STRING, null, null, null,
                            null);
                    parser.nextToken();
                    YamlNode value = read(file, parser, problems, shortcuts);
                    if (entries.containsKey(name)) {
                        problems.add(new InputProblem(file, key.where(), "the key '" + name + "' appears twice in "
                                + "the same mapping (first on line " + keys.get(name).line + ").",
                                "Keep one of them."));
                        continue;
                    }
                    entries.put(name, value);
                    keys.put(name, key);
                }
                return new YamlNode(Type.MAP, at, null, token, null, Collections.unmodifiableMap(entries),
                        Collections.unmodifiableMap(keys), null);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(file, parser, problems, shortcuts));
                }
                return new YamlNode(Type.LIST, at, null, token, null, null, null, Collections.unmodifiableList(items));
            }
            case VALUE_NULL -> {
                return new YamlNode(Type.NULL, at, null, token, null, null, null, null);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode(Type.SCALAR, at, parser.getText(), token, parser.getBigIntegerValue(), null, null,
                        null);
            }
            case VALUE_STRING, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_EMBEDDED_OBJECT -> {
                return new YamlNode(Type.SCALAR, at, parser.getText(), token, null, null, null, null);
            }
            default -> throw new IOException("unexpected " + token + " at line " + at.getLineNr());
        }
    }

    private static void refuseShortcut(String file, JsonParser parser, List<InputProblem> shortcuts)
            throws IOException {
        InputProblem shortcut = PlainYaml.shortcut(file, parser);
        if (shortcut != null) {
            shortcuts.add(shortcut);
        }
    }

    static String where(int line, int column) {
        return "line " + line + ", column " + column;
    }

    Type type() {
        return type;
    }

    boolean isMap() {
        return type == Type.MAP;
    }

    boolean isList() {
        return type == Type.LIST;
    }

    boolean isNull() {
        return type == Type.NULL;
    }

    boolean isScalar() {
        return type == Type.SCALAR;
    }

    int line() {
        return line;
    }

    /** {@code line N, column M}. */
    String where() {
        return where(line, column);
    }

    /** A scalar's text as written (without quotes); null for anything else. */
    String text() {
        return text;
    }

    /** A plain (unquoted) whole number's value; null for anything else, a quoted {@code "90"} included. */
    BigInteger integer() {
        return integer;
    }

    /** A mapping's values by key, in file order. */
    Map<String, YamlNode> entries() {
        return entries;
    }

    /** Where a mapping's key was written (a scalar node holding the key), by key. */
    YamlNode key(String name) {
        return keys.get(name);
    }

    List<YamlNode> items() {
        return items;
    }

    /** What the value is, for messages: {@code a mapping}, {@code a list}, {@code '90 days'}. */
    String describe() {
        return switch (type) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case NULL -> "nothing";
            case SCALAR -> "'" + text + "'";
        };
    }
}
