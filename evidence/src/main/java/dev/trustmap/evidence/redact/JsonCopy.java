package dev.trustmap.evidence.redact;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.JsonInput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;

/**
 * JSON documents (one value, several back to back, or JSON Lines read as such), streamed token by token from the
 * parser to a generator: member order, numbers as written and line positions are kept; only strings the rule or
 * the defensive scan picks are replaced. Memory holds one token, not the document.
 */
final class JsonCopy implements Copier {

    static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final SecretRule rule;
    private final boolean keepsTruncated;

    JsonCopy(SecretRule rule) {
        this(rule, false);
    }

    /** @param keepsTruncated copy a file whose JSON ends early up to its last whole token, rather than fail */
    JsonCopy(SecretRule rule, boolean keepsTruncated) {
        this.rule = rule;
        this.keepsTruncated = keepsTruncated;
    }

    @Override
    public long copy(EvidenceFile file, OutputStream out) throws IOException {
        ValueRedactor values = new ValueRedactor(rule);
        TextLayout.copyBom(file, out);
        try (Reader reader = file.reader(); JsonParser parser = FACTORY.createParser(reader);
                JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            LineKeepingPrinter printer = new LineKeepingPrinter(TextLayout.lineBreak(file), true);
            generator.setPrettyPrinter(printer);
            try {
                stream(parser, generator, printer, values);
            } catch (JsonEOFException e) {
                if (!keepsTruncated) {
                    throw e;
                }
                // as the original: open, with what followed its last whole token (a cut-off value) left out
                generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
                return values.redacted();
            }
            printer.target(parser.currentLocation());
            printer.moveTo(generator); // the original's final line break(s)
        } catch (JsonProcessingException e) {
            throw JsonInput.malformed(file.name(), 0, e);
        }
        return values.redacted();
    }

    /** Copies every token the parser has left, replacing secret strings. */
    static void stream(JsonParser parser, JsonGenerator out, LineKeepingPrinter printer, ValueRedactor values)
            throws IOException {
        JsonPlace place = new JsonPlace();
        boolean first = true;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            printer.target(parser.currentTokenLocation());
            if (first) {
                printer.moveTo(out); // lines before the first value
                first = false;
            }
            switch (token) {
                case START_OBJECT -> {
                    out.writeStartObject();
                    place.enter(true);
                }
                case START_ARRAY -> {
                    out.writeStartArray();
                    place.enter(false);
                }
                case END_OBJECT -> {
                    out.writeEndObject();
                    place.exit();
                }
                case END_ARRAY -> {
                    out.writeEndArray();
                    place.exit();
                }
                case FIELD_NAME -> {
                    // a member's name is text too: a token pasted as a key must not reach the pack either
                    out.writeFieldName(values.name(parser.currentName()));
                    place.member(parser.currentName());
                }
                case VALUE_STRING -> {
                    String value = parser.getText();
                    out.writeString(values.apply(place, value));
                    place.written(value);
                }
                // numbers exactly as written: no float rounding, no big-integer surprises
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    // a secret field given as a number (a PIN, a numeric password) is still the secret
                    String marker = values.secretNumber(place, parser.getText());
                    if (marker != null) {
                        out.writeString(marker);
                    } else {
                        out.writeNumber(parser.getText());
                    }
                }
                case VALUE_TRUE -> out.writeBoolean(true);
                case VALUE_FALSE -> out.writeBoolean(false);
                case VALUE_NULL -> out.writeNull();
                default -> out.copyCurrentEvent(parser);
            }
        }
    }
}
