package dev.trustmap.reports.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.reports.model.ReportModel;
import java.io.IOException;
import java.io.OutputStream;

/** {@code report.json}: the report model itself, schema-versioned, whatever the audience. */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
}
