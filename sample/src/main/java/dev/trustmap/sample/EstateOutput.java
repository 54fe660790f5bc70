package dev.trustmap.sample;

import java.io.IOException;
import java.io.OutputStream;

/** Where the sample's files go; the caller decides whether that is a staging folder, memory or elsewhere. */
@FunctionalInterface
public interface EstateOutput {

    /**
     * A new file, written completely and closed before the next one is created.
     *
     * @param path relative, with {@code /} between folders, e.g. {@code evidence/aws/credential-report.csv}
     */
    OutputStream create(String path) throws IOException;
}
