package dev.trustmap.reports.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.Rows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** {@code report.json}: the report model itself, schema-versioned, whatever the audience. */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(new RowsSerializer()));

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(ReportModel model, Audience audience, ReportOutput output) throws IOException {
        try (OutputStream out = output.create("report.json");
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setCodec(MAPPER);
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeObject(model);
            json.writeRaw('\n');
        }
    }

    /** A long table as a JSON array, written row by row as it is walked. */
    @SuppressWarnings("rawtypes")
    private static final class RowsSerializer extends StdSerializer<Rows> {

        RowsSerializer() {
            super(Rows.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Rows rows, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartArray();
            try {
                rows.forEach(row -> {
                    try {
                        provider.defaultSerializeValue(row, json);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
        }
    }
}
