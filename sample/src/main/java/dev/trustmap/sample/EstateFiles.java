package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The files being written, and the tally of what each holds for the summary. */
final class EstateFiles {

    /** How a tool lays out its JSON: indentation, and whether it pretty-prints at all. */
    enum JsonStyle {
        /** gcloud, az and vault: two spaces. */
        TWO_SPACES("  "),
        /** kubectl: four spaces. */
        FOUR_SPACES("    "),
        /** gitleaks: one space. */
        ONE_SPACE(" "),
        /** The GitHub API's response bodies as gh prints them to a file: no whitespace at all. */
        COMPACT(null);

        private final String indent;

        JsonStyle(String indent) {
            this.indent = indent;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final EstateOutput output;
    private final List<SampleSummary.SampleFile> files = new ArrayList<>();

    EstateFiles(EstateOutput output) {
        this.output = output;
    }

    OutputStream binary(String path) throws IOException {
        return new BufferedOutputStream(output.create(path), 1 << 16);
    }

    Writer text(String path) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(output.create(path), StandardCharsets.UTF_8), 1 << 16);
    }

    /** A JSON writer in the tool's layout; root values (back-to-back arrays, objects) go one per line. */
    JsonGenerator json(String path, JsonStyle style) throws IOException {
        JsonGenerator json = JSON.createGenerator(text(path));
        if (style.indent != null) {
            DefaultIndenter indenter = new DefaultIndenter(style.indent, "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("")
                    .withRootSeparator("\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
        }
        return json;
    }

    /** Records what a file holds: its format's source key, its records, and the identities it is home to. */
    void tally(String path, String format, long records, long identities) {
        files.add(new SampleSummary.SampleFile(path, format, records, identities));
    }

    List<SampleSummary.SampleFile> files() {
        return List.copyOf(files);
    }
}
