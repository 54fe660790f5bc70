package dev.trustmap.reports.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PDF-only stylesheet, {@code css/pdf.css}: the user's copy when the templates folder holds one, else the
 * bundled one. It is added after the page's own styles, so its rules win.
 */
final class PdfStylesheet {

    static final String NAME = "css/pdf.css";
    private static final String BUNDLED = "/dev/trustmap/reports/templates/" + NAME;

    private final Path templatesOverride;

    PdfStylesheet(Path templatesOverride) {
        this.templatesOverride = templatesOverride;
    }

    String css() throws IOException {
        if (templatesOverride != null) {
            Path user = templatesOverride.resolve(NAME);
            if (Files.isRegularFile(user)) {
                return Files.readString(user, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = PdfStylesheet.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("bundled stylesheet missing: " + BUNDLED));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
