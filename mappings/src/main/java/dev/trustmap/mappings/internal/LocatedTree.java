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
import com.fasterxml.jackson.databind.node.TextNode;
import dev.trustmap.model.catalog.SourceRef;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.Utf8Text;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final Map<String, JsonLocation> keys;
    private final Map<String, String> written;
    private final List<InputProblem> problems;

    private LocatedTree(String file, JsonNode root, Builder built) {
        this.file = file;
        this.root = root;
        this.locations = built.locations;
        this.keys = built.keys;
        this.written = built.written;
        this.problems = built.problems;
    }

    /**
     * Parses a document; YAML unless the name ends in {@code .json}.
     *
     * @throws InputException when the document is empty, when the text is not well-formed or not UTF-8, or when
     *     YAML uses an anchor, an alias, a merge key or a tag ({@link PlainYaml}), naming the line and column
     */
    public static LocatedTree parse(String file, byte[] content) {
        LocatedTree tree = parseDocument(file, content);
        if (tree == null) {
            throw new InputException(new InputProblem(file, "line 1", "the file is empty.",
                    "Start it with a 'kind:' line naming what it holds."));
        }
        return tree;
    }

    /**
     * Parses a document that may be empty: the same as {@link #parse} but null when the file holds nothing (no
     * text, or only comments).
     */
    public static LocatedTree parseDocument(String file, byte[] content) {
        String text = Utf8Text.decode(file, content);
        boolean yaml = !file.endsWith(".json");
        try (JsonParser parser = yaml ? PlainYaml.parser(text) : JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                return null;
            }
            Builder builder = new Builder(file, parser, yaml);
            JsonNode root = builder.read("");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                builder.problems.add(new InputProblem(file, where(at),
                        "a second document starts here; the file must hold one.",
                        "Delete the '---' line and what follows, or merge it into the first document."));
            }
            if (!builder.shortcuts.isEmpty()) {
                List<InputProblem> all = new ArrayList<>(builder.problems);
                all.addAll(builder.shortcuts);
                throw new InputException(all);
            }
            return new LocatedTree(file, root, builder);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(new InputProblem(file, at == null ? "" : where(at),
                    "not well-formed: " + e.getOriginalMessage(),
                    "Check indentation, quoting and brackets around that position."));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file, "", "cannot be read: " + e.getMessage(), null));
        }
    }

    /**
     * Parses a document that may be empty into its root {@link Node}, adding the problems found while reading
     * (duplicate keys, a second document) to {@code problems}; the caller decides when to throw.
     *
     * @return the root, or null when the document holds nothing
     * @throws InputException as {@link #parse} does, except for an empty document
     */
    public static Node parseNode(String file, byte[] content, List<InputProblem> problems) {
        LocatedTree tree = parseDocument(file, content);
        if (tree == null) {
            return null;
        }
        problems.addAll(tree.problems);
        return tree.node();
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The root as a {@link Node}, which knows where each value and key was written. */
    public Node node() {
        return new Node(this, root, "");
    }

    /** Problems found while reading (duplicate keys, a second document). */
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

    private static String where(JsonLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A value in the tree together with where it stands, for readers that walk a document by hand and name the line
     * and column of whatever they object to.
     */
    public static final class Node {
        private final LocatedTree tree;
        private final JsonNode value;
        private final String pointer;
        private final JsonLocation keyAt;

        private Node(LocatedTree tree, JsonNode value, String pointer) {
            this(tree, value, pointer, null);
        }

        private Node(LocatedTree tree, JsonNode value, String pointer, JsonLocation keyAt) {
            this.tree = tree;
            this.value = value;
            this.pointer = pointer;
            this.keyAt = keyAt;
        }

        public boolean isMap() {
            return value.isObject();
        }

        public boolean isList() {
            return value.isArray();
        }

        public boolean isNull() {
            return value.isNull();
        }

        public boolean isScalar() {
            return value.isValueNode() && !value.isNull();
        }

        /** The line the value starts on. */
        public int line() {
            return keyAt != null ? keyAt.getLineNr() : tree.at(pointer).line();
        }

        /** {@code line N, column M}. */
        public String where() {
            return keyAt != null ? LocatedTree.where(keyAt) : tree.where(pointer);
        }

        /** A scalar's text as written (without quotes); null for anything else. */
        public String text() {
            if (!isScalar()) {
                return null;
            }
            String asWritten = tree.written.get(pointer);
            return asWritten != null ? asWritten : value.asText();
        }

        /** A plain (unquoted) whole number's value; null for anything else, a quoted {@code "90"} included. */
        public BigInteger integer() {
            return value.isIntegralNumber() ? value.bigIntegerValue() : null;
        }

        /** A mapping's values by key, in file order (the first where a key was written twice). */
        public Map<String, Node> entries() {
            Map<String, Node> entries = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> entries.put(e.getKey(),
                    new Node(tree, e.getValue(), pointer + "/" + escape(e.getKey()))));
            return entries;
        }

        /** A mapping's key as a scalar of its own, standing where the key was written; null if there is none. */
        public Node key(String name) {
            String child = pointer + "/" + escape(name);
            JsonLocation at = tree.keys.get(child);
            return at == null ? null : new Node(tree, TextNode.valueOf(name), child, at);
        }

        public List<Node> items() {
            List<Node> items = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                items.add(new Node(tree, value.get(i), pointer + "/" + i));
            }
            return items;
        }

        /** What the value is, for messages: {@code a mapping}, {@code a list}, {@code '90 days'}. */
        public String describe() {
            if (isMap()) {
                return "a mapping";
            }
            if (isList()) {
                return "a list";
            }
            return isNull() ? "nothing" : "'" + text() + "'";
        }
    }

    /**
     * Builds the tree token by token, recording each value's and each key's location under its JSON pointer, the
     * text of numbers and booleans as written, and, in YAML, each anchor, alias, merge key and tag among
     * {@code shortcuts}. Where a key is written twice the first value stays and the second is a problem.
     */
    private static final class Builder {
        private final String file;
        private final JsonParser parser;
        private final boolean yaml;
        private final Map<String, JsonLocation> locations = new HashMap<>();
        private final Map<String, JsonLocation> keys = new HashMap<>();
        private final Map<String, String> written = new HashMap<>();
        private final List<InputProblem> problems = new ArrayList<>();
        private final List<InputProblem> shortcuts = new ArrayList<>();
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        Builder(String file, JsonParser parser, boolean yaml) {
            this.file = file;
            this.parser = parser;
            this.yaml = yaml;
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
                        String child = pointer + "/" + escape(name);
                        JsonLocation keyAt = parser.currentTokenLocation();
                        refuseShortcut();
                        parser.nextToken();
                        if (object.has(name)) {
                            JsonLocation first = keys.get(child);
                            parser.skipChildren();
                            problems.add(new InputProblem(file, where(keyAt), "the key '" + name + "' appears twice "
                                    + "in the same mapping (first on line " + first.getLineNr() + ").",
                                    "Keep one of them."));
                            continue;
                        }
                        keys.put(child, keyAt);
                        object.set(name, read(child));
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
                    written.put(pointer, parser.getText());
                    return nodes.numberNode(parser.getBigIntegerValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    written.put(pointer, parser.getText());
                    return nodes.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    written.put(pointer, parser.getText());
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
