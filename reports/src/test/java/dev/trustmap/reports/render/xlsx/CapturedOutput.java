package dev.trustmap.reports.render.xlsx;

import dev.trustmap.reports.render.ReportOutput;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps every file a renderer writes in memory, by name. */
public final class CapturedOutput implements ReportOutput {

    private final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();

    @Override
    public OutputStream create(String fileName) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        if (files.putIfAbsent(fileName, stream) != null) {
            throw new IllegalStateException(fileName + " written twice");
        }
        return stream;
    }

    public Map<String, ByteArrayOutputStream> files() {
        return files;
    }

    public byte[] bytes(String fileName) {
        ByteArrayOutputStream stream = files.get(fileName);
        if (stream == null) {
            throw new AssertionError(fileName + " was not written; files: " + files.keySet());
        }
        return stream.toByteArray();
    }
}
