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
    /**
     * The line breaks and indents of the array's elements, for the depth of the object holding the array in the
     * indented document; made once, as the one before each element is written millions of times.
     */
    private final String firstElement;
    private final String nextElement;
    private final String nextMember;
    private final String close;
    /** Containers open since {@link #start}: 0 in the holding object, 1 in the array, 2 and more in an element. */
    private int depth;

    private RecordLines(PrettyPrinter around, int level) {
        this.around = around;
        this.firstElement = indent(level + 1);
        this.nextElement = "," + firstElement;
        this.nextMember = "," + indent(level);
        this.close = indent(level) + "]";
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

    private static String indent(int levels) {
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
            g.writeRaw(nextMember);
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
            g.writeRaw(firstElement);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (depth == 1) {
            g.writeRaw(nextElement);
        } else {
            g.writeRaw(',');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (depth == 0 && values > 0) {
            g.writeRaw(close);
        } else {
            g.writeRaw(']');
        }
    }
}
