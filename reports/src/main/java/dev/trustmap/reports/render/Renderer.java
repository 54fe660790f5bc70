package dev.trustmap.reports.render;

import dev.trustmap.reports.model.ReportModel;
import java.io.IOException;

/** Writes one output format of the report model. Reads the model only: it never computes a figure of its own. */
public interface Renderer {

    /** The format key users pass to {@code --format}: json, csv, html, pdf, xlsx. */
    String format();

    void render(ReportModel model, Audience audience, ReportOutput output) throws IOException;

    /**
     * Where this format's files go in an evidence pack: {@code reports/} for documents people read,
     * {@code data/} for tables and figures programs read.
     */
    default PackPlace packPlace() {
        return PackPlace.REPORTS;
    }

    /**
     * The audience whose files the pack holds. The operator's rows go into the pack once; a format that writes
     * them as tables elsewhere in the pack holds only the board's figures.
     */
    default Audience packAudience() {
        return Audience.ALL;
    }

    /** The folders of an evidence pack a renderer writes into. */
    enum PackPlace {
        REPORTS("reports/"), DATA("data/");

        private final String folder;

        PackPlace(String folder) {
            this.folder = folder;
        }

        /** The folder inside the pack, with its trailing slash. */
        public String folder() {
            return folder;
        }
    }
}
