package dev.trustmap.evidence.redact;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.JsonInput;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines (trufflehog {@code --json}), line by line: a line with no secret is written back exactly as it was, a
 * line with one is re-serialised compactly, as the scanner wrote it. Lines never move, so findings keep their line
 * numbers. A file that is one JSON array instead is copied as a document.
 */
final class JsonLinesCopy implements Copier {

    private final SecretRule rule;

    JsonLinesCopy(SecretRule rule) {
        this.rule = rule;
    }

    @Override
    public long copy(EvidenceFile file, OutputStream out) throws IOException {
        if (file.head().text().stripLeading().startsWith("[")) {
            return new JsonCopy(rule).copy(file, out);
        }
        ValueRedactor values = new ValueRedactor(rule);
        TextLayout.copyBom(file, out);
        try (BufferedReader reader = new BufferedReader(file.reader())) {
            Lines lines = new Lines(reader);
            String line;
            int number = 0;
            while ((line = lines.next()) != null) {
                number++;
                long before = values.redacted();
                byte[] copy = line.isBlank() ? null : redactedLine(file, line, number, values);
                out.write(values.redacted() == before ? line.getBytes(StandardCharsets.UTF_8) : copy);
                out.write(lines.lineBreak().getBytes(StandardCharsets.UTF_8));
            }
        }
        return values.redacted();
    }

    private static byte[] redactedLine(EvidenceFile file, String line, int number, ValueRedactor values)
            throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(line.length());
        try (JsonParser parser = JsonCopy.FACTORY.createParser(line);
                JsonGenerator generator = JsonCopy.FACTORY.createGenerator(copy, JsonEncoding.UTF8)) {
            LineKeepingPrinter printer = new LineKeepingPrinter("\n", false);
            generator.setPrettyPrinter(printer);
            JsonCopy.stream(parser, generator, printer, values);
        } catch (JsonProcessingException e) {
            throw JsonInput.malformed(file.name(), number - 1, e);
        }
        return copy.toByteArray();
    }
}
