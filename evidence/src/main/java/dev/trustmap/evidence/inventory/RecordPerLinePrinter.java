package dev.trustmap.evidence.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lays out a document as a readable frame with one record per line: the top-level members are indented, and each
 * element of a top-level array (an identity, a source, a leak) is written compactly on a line of its own. Half the
 * size of fully indented JSON on a large inventory, and a change to one identity is a change to one line.
 */
public final class RecordPerLinePrinter implements PrettyPrinter {

    /** The open containers, innermost first: 'o' for an object, 'a' for an array. */
    private final Deque<Character> open = new ArrayDeque<>();

    private boolean topLevelArray() {
        return open.size() == 2 && open.peekFirst() == 'a';
    }

    private boolean topLevelObject() {
        return open.size() == 1 && open.peekFirst() == 'o';
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        open.push('o');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (topLevelObject()) {
            g.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        if (topLevelObject()) {
            g.writeRaw(": ");
        } else {
            g.writeRaw(':'); // one char: the string form copies through a buffer each time
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        if (topLevelObject()) {
            g.writeRaw(",\n  ");
        } else {
            g.writeRaw(','); // one char: the string form copies through a buffer each time
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        boolean top = topLevelObject();
        open.pop();
        if (top && entries > 0) {
            g.writeRaw("\n}");
        } else {
            g.writeRaw('}'); // one char: the string form copies through a buffer each time
        }
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        open.push('a');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (topLevelArray()) {
            g.writeRaw("\n    ");
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (topLevelArray()) {
            g.writeRaw(",\n    ");
        } else {
            g.writeRaw(','); // one char: the string form copies through a buffer each time
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        boolean top = topLevelArray();
        open.pop();
        if (top && values > 0) {
            g.writeRaw("\n  ]");
        } else {
            g.writeRaw(']'); // one char: the string form copies through a buffer each time
        }
    }
}
