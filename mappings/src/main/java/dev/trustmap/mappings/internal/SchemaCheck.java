package dev.trustmap.mappings.internal;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a catalog file against the JSON Schema for its kind; schemas are loaded once. */
public final class SchemaCheck {

    /** The kinds of catalog file, each with its schema. */
    public enum FileKind {
        CATALOG("catalog"),
        FRAMEWORK("framework"),
        CONTROLS("controls"),
        MAPPINGS("mappings"),
        TOOL_CHECKS("tool-checks");

        private final String key;

        FileKind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final Map<FileKind, JsonSchema> SCHEMAS = new EnumMap<>(FileKind.class);

    static {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        for (FileKind kind : FileKind.values()) {
            String resource = "/dev/trustmap/mappings/schema/" + kind.key() + ".schema.json";
            try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
                SCHEMAS.put(kind, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled schema missing: " + resource, e);
            }
        }
    }

    private SchemaCheck() {
    }

    /** Every schema violation in the document, each located at its line and column, in document order. */
    public static List<InputProblem> check(LocatedTree tree, FileKind kind) {
        Set<ValidationMessage> messages = SCHEMAS.get(kind).validate(tree.root());
        List<ValidationMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing((ValidationMessage m) -> tree.at(pointer(m)).line())
                .thenComparing(m -> tree.at(pointer(m)).column())
                .thenComparing(ValidationMessage::getMessage));
        List<InputProblem> problems = new ArrayList<>();
        for (ValidationMessage message : sorted) {
            String pointer = pointer(message);
            String text = message.getMessage();
            // the library prefixes its message with the pointer; the location already says where
            if (text.startsWith(pointer + ": ")) {
                text = text.substring(pointer.length() + 2);
            }
            String subject = pointer.isEmpty() ? "the file" : "'" + pointer + "'";
            problems.add(new InputProblem(tree.file(), tree.where(pointer), subject + " " + text + ".",
                    "See docs/catalog.md for the " + kind.key() + " file format."));
        }
        return problems;
    }

    private static String pointer(ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        return "/".equals(pointer) ? "" : pointer;
    }
}
