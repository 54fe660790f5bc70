package dev.trustmap.reports.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * An array of a document that grows with the findings, laid out as assessment.json lays out its findings: each
 * element compact on a line of its own, inside a document indented as {@link OscalJson} indents it. A third of the
 * size of fully indented OSCAL, and one finding is one line. Open it with {@link #start}, close it with
 * {@link #end}; between them write the elements.
 */
final class RecordLines implements PrettyPrinter {

    private final PrettyPrinter around;
    /** How deep the object holding the array is, in the indented document. */
    private final int level;
    /** Containers open since {@link #start}: 0 in the holding object, 1 in the array, 2 and more in an element. */
    private int depth;

    private RecordLines(PrettyPrinter around, int level) {
        this.around = around;
        this.level = level;
    }

    /** Writes the member's name and opens the array, in the object the generator is in. */
    static void start(JsonGenerator json, String name) throws IOException {
        int level = 0;
        for (JsonStreamContext c = json.getOutputContext(); !c.inRoot(); c = c.getParent()) {
            level++;
        }
        json.setPrettyPrinter(new RecordLines(json.getPrettyPrinter(), level));
        json.writeArrayFieldStart(name);
    }

    /** Closes the array {@link #start} opened, and indents as before from there on. */
    static void end(JsonGenerator json) throws IOException {
        RecordLines lines = (RecordLines) json.getPrettyPrinter();
        json.writeEndArray();
        json.setPrettyPrinter(lines.around);
    }

    private String indent(int levels) {
        return "\n" + "  ".repeat(levels);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        // compact inside an element
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        if (depth == 0) {
            g.writeRaw(": ");
        } else {
            g.writeRaw(':'); // one char: the generator's string form copies through a buffer each time
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        if (depth == 0) {
            g.writeRaw("," + indent(level));
        } else {
            g.writeRaw(',');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (depth == 1) {
            g.writeRaw(indent(level + 1));
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (depth == 1) {
            g.writeRaw("," + indent(level + 1));
        } else {
            g.writeRaw(',');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (depth == 0 && values > 0) {
            g.writeRaw(indent(level) + "]");
        } else {
            g.writeRaw(']');
        }
    }
}
