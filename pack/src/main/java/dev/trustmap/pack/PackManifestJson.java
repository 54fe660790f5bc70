package dev.trustmap.pack;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.PackManifest.FileRecord;
import dev.trustmap.pack.PackManifest.Header;
import dev.trustmap.pack.PackManifest.InputRecord;
import dev.trustmap.pack.PackManifest.SkippedInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code manifest.json}: UTF-8, two-space indentation, {@code \n} line ends and a final newline, fields in a fixed
 * order. The same manifest always gives the same bytes, and those bytes are what {@code manifest.sig} signs.
 */
public final class PackManifestJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String FIX = "Use the manifest.json trustmap wrote; a hand-edited pack cannot be trusted.";

    private PackManifestJson() {
    }

    public static byte[] write(PackManifest manifest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(printer());
            Header header = manifest.header();
            json.writeStartObject();
            json.writeStringField("schema", manifest.schema());
            json.writeStringField("period", header.period());
            json.writeStringField("asOf", header.asOf().toString());
            json.writeStringField("trustmapVersion", header.trustmapVersion());
            json.writeObjectFieldStart("catalog");
            json.writeStringField("version", header.catalogVersion());
            json.writeStringField("sha256", header.catalogSha256());
            json.writeEndObject();
            json.writeStringField("policySha256", header.policySha256());
            json.writeStringField("signature", manifest.signature());
            if (manifest.signer() != null) {
                // absent rather than null when there is none, so that packs from before it existed keep their bytes
                json.writeStringField("signer", manifest.signer());
            }
            json.writeArrayFieldStart("inputs");
            for (InputRecord input : manifest.inputs()) {
                json.writeStartObject();
                json.writeStringField("name", input.name());
                json.writeStringField("format", input.format());
                json.writeStringField("originalSha256", input.originalSha256());
                json.writeStringField("storedPath", input.storedPath());
                json.writeStringField("storedSha256", input.storedSha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("skipped");
            for (SkippedInput skipped : manifest.skipped()) {
                json.writeStartObject();
                json.writeStringField("name", skipped.name());
                json.writeStringField("sha256", skipped.sha256());
                json.writeStringField("reason", skipped.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("files");
            for (FileRecord file : manifest.files()) {
                json.writeStartObject();
                json.writeStringField("path", file.path());
                json.writeNumberField("size", file.size());
                json.writeStringField("sha256", file.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a manifest.
     *
     * @param source how to name it in a problem, e.g. {@code trustmap-2026-Q3.zip!manifest.json}
     * @throws InputException with every problem found, each located by a JSON pointer
     */
    public static PackManifest read(byte[] content, String source) {
        JsonNode root;
        try {
            root = READER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InputException(new InputProblem(source, location(e), "not valid JSON: "
                    + e.getOriginalMessage(), FIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fields fields = new Fields(source);
        if (root == null || !root.isObject()) {
            throw new InputException(new InputProblem(source, "", "expected a JSON object", FIX));
        }
        String schema = fields.text(root, "/schema");
        if (schema != null && !schema.equals(PackManifest.SCHEMA)) {
            throw new InputException(new InputProblem(source, "/schema", "this trustmap reads "
                    + PackManifest.SCHEMA + ", not " + schema, "Use the trustmap version that wrote the pack"
                    + " (or a newer one)."));
        }
        Header header = fields.build("", () -> new Header(fields.text(root, "/trustmapVersion"),
                fields.text(root, "/period"), fields.instant(root, "/asOf"), fields.text(root, "/catalog/version"),
                fields.text(root, "/catalog/sha256"), fields.text(root, "/policySha256")));
        String signature = fields.text(root, "/signature");
        if (signature != null && !signature.equals(PackManifest.ED25519) && !signature.equals(PackManifest.UNSIGNED)) {
            fields.problem("/signature", "expected '" + PackManifest.ED25519 + "' or '" + PackManifest.UNSIGNED
                    + "', found '" + signature + "'");
        }
        String signer = root.has("signer") ? fields.text(root, "/signer") : null;
        List<InputRecord> inputs = fields.list(root, "/inputs", (pointer) -> new InputRecord(
                fields.text(root, pointer + "/name"), fields.text(root, pointer + "/format"),
                fields.sha256(root, pointer + "/originalSha256"), fields.optionalText(root, pointer + "/storedPath"),
                root.at(pointer + "/storedSha256").isNull() ? null : fields.sha256(root, pointer + "/storedSha256")));
        List<SkippedInput> skipped = fields.list(root, "/skipped", (pointer) -> new SkippedInput(
                fields.text(root, pointer + "/name"),
                root.at(pointer + "/sha256").isNull() ? null : fields.sha256(root, pointer + "/sha256"),
                fields.text(root, pointer + "/reason")));
        List<FileRecord> files = fields.list(root, "/files", (pointer) -> new FileRecord(
                fields.text(root, pointer + "/path"), fields.size(root, pointer + "/size"),
                fields.sha256(root, pointer + "/sha256")));
        PackManifest manifest = fields.problems.isEmpty() ? fields.build("/signer", () -> new PackManifest(schema,
                header, signature, signer, inputs, skipped, files)) : null;
        if (!fields.problems.isEmpty()) {
            throw new InputException(fields.problems);
        }
        return manifest;
    }

    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Reads fields by JSON pointer, collecting a problem for each one missing or of the wrong kind. */
    private static final class Fields {
        private final String source;
        private final List<InputProblem> problems = new ArrayList<>();

        Fields(String source) {
            this.source = source;
        }

        void problem(String pointer, String message) {
            problems.add(new InputProblem(source, pointer, message, FIX));
        }

        String text(JsonNode root, String pointer) {
            JsonNode node = root.at(pointer);
            if (!node.isTextual()) {
                problem(pointer, node.isMissingNode() ? "missing" : "expected a string, found " + node);
                return null;
            }
            return node.asText();
        }

        String sha256(JsonNode root, String pointer) {
            String text = text(root, pointer);
            if (text != null && !PackManifest.isSha256(text)) {
                problem(pointer, "expected a SHA-256 as 64 lowercase hex digits, found '" + text + "'");
                return null;
            }
            return text;
        }

        String optionalText(JsonNode root, String pointer) {
            return root.at(pointer).isNull() ? null : text(root, pointer);
        }

        Instant instant(JsonNode root, String pointer) {
            String text = text(root, pointer);
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                problem(pointer, "expected an instant such as 2026-09-30T23:59:59Z, found '" + text + "'");
                return null;
            }
        }

        long size(JsonNode root, String pointer) {
            JsonNode node = root.at(pointer);
            if (!node.canConvertToExactIntegral() || !node.canConvertToLong() || node.asLong() < 0) {
                problem(pointer, "expected a size in bytes, found " + (node.isMissingNode() ? "nothing" : node));
                return 0;
            }
            return node.asLong();
        }

        <T> List<T> list(JsonNode root, String pointer, Function<String, T> element) {
            JsonNode array = root.at(pointer);
            List<T> values = new ArrayList<>();
            if (!array.isArray()) {
                problem(pointer, array.isMissingNode() ? "missing" : "expected an array");
                return values;
            }
            for (int i = 0; i < array.size(); i++) {
                String at = pointer + "/" + i;
                T value = build(at, () -> element.apply(at));
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }

        /** Builds a record, turning what its constructor refuses into a problem at {@code pointer}. */
        <T> T build(String pointer, Supplier<T> record) {
            int before = problems.size();
            try {
                T value = record.get();
                return problems.size() == before ? value : null;
            } catch (IllegalArgumentException | NullPointerException e) {
                if (problems.size() == before) {
                    problem(pointer, e.getMessage());
                }
                return null;
            }
        }
    }
}
