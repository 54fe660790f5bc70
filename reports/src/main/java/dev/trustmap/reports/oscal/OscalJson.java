package dev.trustmap.reports.oscal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** OSCAL JSON as trustmap writes JSON: UTF-8, two-space indentation, {@code \n} line ends and a final newline. */
final class OscalJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OscalJson() {
    }

    static byte[] bytes(OscalObject root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = generator(out)) {
            write(json, root);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * A generator that writes as {@link #bytes} does, for a document too large to build first: members and array
     * elements by hand, {@link OscalObject}s with {@code writeObject}. Closing it closes {@code out}.
     */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setCodec(MAPPER);
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return json;
    }

    /**
     * Writes a value as {@code writeObject} would, with the same generator calls, so the same bytes: objects, maps,
     * lists, strings, booleans and whole numbers directly, anything else through Jackson. A POA&M writes millions of
     * small objects, and Jackson's general path looks up a serializer for every value of every one of them.
     */
    static void write(JsonGenerator json, Object value) throws IOException {
        if (value instanceof OscalObject object) {
            json.writeStartObject(object); // as Jackson writes the map of its members
            for (int i = 0; i < object.size(); i++) {
                json.writeFieldName(object.name(i));
                write(json, object.value(i));
            }
            json.writeEndObject();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject(map);
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("an OSCAL object's member names are strings");
                }
                json.writeFieldName(name);
                write(json, member.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray(list, list.size());
            for (Object element : list) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else {
            json.writeObject(value);
        }
    }
}
