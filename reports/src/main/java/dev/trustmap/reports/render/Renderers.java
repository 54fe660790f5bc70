package dev.trustmap.reports.render;

import dev.trustmap.reports.render.xlsx.XlsxRenderer;
import java.util.List;
import java.util.Optional;

/** Every renderer, by format key. */
public final class Renderers {

    private Renderers() {
    }

    public static List<Renderer> all() {
        return List.of(new JsonRenderer(), new CsvRenderer(), new XlsxRenderer());
    }

    public static Optional<Renderer> byFormat(String format) {
        return all().stream().filter(r -> r.format().equals(format)).findFirst();
    }
}
