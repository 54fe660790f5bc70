package dev.trustmap.reports.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report model itself, schema-versioned: {@code report.json}, the whole model, when the audience includes the
 * operator; {@code board.json}, the model without its operator tables, for the board alone (its rows are in the
 * CSV tables). Containers are indented to the depth of a table; each row of a table takes one line.
 */
public final class JsonRenderer implements Renderer {

    /** Deeper than this, a value is written on the line it starts on: one row of a table per line. */
    private static final int INDENTED_LEVELS = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(new RowsSerializer()));

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(ReportModel model, Audience audience, ReportOutput output) throws IOException {
        boolean full = audience.includesOperator();
        try (OutputStream out = output.create(full ? "report.json" : "board.json");
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setCodec(MAPPER);
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new ShallowIndenter())
                    .withArrayIndenter(new ShallowIndenter()));
            if (full) {
                json.writeObject(model);
            } else {
                Map<String, Object> board = new LinkedHashMap<>();
                board.put("schemaVersion", model.schemaVersion());
                board.put("meta", model.meta());
                board.put("board", model.board());
                json.writeObject(board);
            }
            json.writeRaw('\n');
        }
    }

    /** A new line and two spaces a level down to {@link #INDENTED_LEVELS}; below that, a value stays on its line. */
    private static final class ShallowIndenter implements DefaultPrettyPrinter.Indenter {

        @Override
        public void writeIndentation(JsonGenerator json, int level) throws IOException {
            if (level <= INDENTED_LEVELS) {
                json.writeRaw('\n');
                for (int i = 0; i < level; i++) {
                    json.writeRaw("  ");
                }
            }
        }

        @Override
        public boolean isInline() {
            return false;
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

    /** Machine-readable: its files go with the pack's data. */
    @Override
    public PackPlace packPlace() {
        return PackPlace.DATA;
    }

    /** The pack holds the operator's rows once, as CSV tables: the JSON there is the board's figures. */
    @Override
    public Audience packAudience() {
        return Audience.BOARD;
    }
}
