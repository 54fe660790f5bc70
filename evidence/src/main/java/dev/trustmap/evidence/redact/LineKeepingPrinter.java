package dev.trustmap.evidence.redact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays the copy out like the original: every token is written on the line it was read from, indented to its
 * column where it starts a line. Importers name records by line ("line 24" for the second of two concatenated
 * Vault lookups), so a copy whose lines moved would import to a different inventory; it also keeps the copy
 * readable side by side with the original. Strings never hold a raw line break, so lines cannot drift.
 */
final class LineKeepingPrinter implements PrettyPrinter {

    private final String lineBreak;
    private final boolean spaced;
    private int line = 1;
    private int targetLine = 1;
    private int targetColumn = 1;

    /**
     * @param lineBreak what the original ends its lines with
     * @param spaced true to put a space after a colon or comma that is not followed by a line break
     */
    LineKeepingPrinter(String lineBreak, boolean spaced) {
        this.lineBreak = lineBreak;
        this.spaced = spaced;
    }

    /** Where the original has the token about to be written. */
    void target(JsonLocation at) {
        targetLine = at.getLineNr();
        targetColumn = at.getColumnNr();
    }

    /** Line breaks and indentation up to the target; false when the target is on the line being written. */
    boolean moveTo(JsonGenerator g) throws IOException {
        if (targetLine <= line) {
            return false;
        }
        StringBuilder gap = new StringBuilder();
        while (line < targetLine) {
            gap.append(lineBreak);
            line++;
        }
        gap.append(" ".repeat(Math.max(0, targetColumn - 1)));
        g.writeRaw(gap.toString());
        return true;
    }

    private void separator(JsonGenerator g, char c) throws IOException {
        g.writeRaw(c);
        if (!moveTo(g) && spaced) {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        if (!moveTo(g)) {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        moveTo(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        separator(g, ':');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separator(g, ',');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        moveTo(g);
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        moveTo(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separator(g, ',');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        moveTo(g);
        g.writeRaw(']');
    }
}
