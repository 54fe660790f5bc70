package dev.trustmap.reports.render;

import dev.trustmap.reports.model.ReportModel;
import java.io.IOException;

/** Writes one output format of the report model. Reads the model only: it never computes a figure of its own. */
public interface Renderer {

    /** The format key users pass to {@code --format}: json, csv, html, pdf, xlsx. */
    String format();

    void render(ReportModel model, Audience audience, ReportOutput output) throws IOException;
}
