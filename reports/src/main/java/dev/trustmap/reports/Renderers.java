package dev.trustmap.reports;

import dev.trustmap.reports.render.CsvRenderer;
import dev.trustmap.reports.render.JsonRenderer;
import dev.trustmap.reports.render.Renderer;
import dev.trustmap.reports.render.html.HtmlRenderer;
import dev.trustmap.reports.render.pdf.PdfRenderer;
import dev.trustmap.reports.render.xlsx.XlsxRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every renderer, by format key. */
public final class Renderers {

    private Renderers() {
    }

    public static List<Renderer> all() {
        return all(null);
    }

    /** Every renderer; HTML templates are looked up in {@code templates} first when it is not null. */
    public static List<Renderer> all(Path templates) {
        return List.of(new JsonRenderer(), new CsvRenderer(), new XlsxRenderer(), new HtmlRenderer(templates),
                new PdfRenderer(templates));
    }

    public static Optional<Renderer> byFormat(String format, Path templates) {
        return all(templates).stream().filter(r -> r.format().equals(format)).findFirst();
    }
}
