package dev.trustmap.sample;

import java.io.IOException;
import java.io.Writer;

/** {@code report.yaml}: the fictional organisation's name and accent colour for the reports. */
final class ReportConfigFile implements EstatePart {

    static final String PATH = "report.yaml";

    private final Estate estate;

    ReportConfigFile(Estate estate) {
        this.estate = estate;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        try (Writer out = files.text(PATH)) {
            out.write("# A fictional organisation, written by trustmap sample (seed " + estate.spec().seed()
                    + ", period " + estate.spec().period() + ").\n");
            out.write("organisation: " + Yaml.quoted(estate.organisation().name()) + "\n");
            out.write("accent: " + Yaml.quoted(estate.organisation().accent()) + "\n");
        }
        files.tally(PATH, "report-config", 1, 0);
    }
}
