package dev.trustmap.cli.internal;

import dev.trustmap.cli.internal.output.OutputFormat;
import picocli.CommandLine.Option;

/** {@code --format table|json|csv}. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    public OutputFormat format() {
        return format;
    }
}
