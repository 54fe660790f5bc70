package dev.trustmap.reports.render;

import java.io.IOException;
import java.io.OutputStream;

/** Where a renderer writes its files, by name; the caller decides where they land and when they become visible. */
public interface ReportOutput {

    /** A new file of this name (e.g. {@code board.html}); the renderer closes the stream. */
    OutputStream create(String fileName) throws IOException;
}
