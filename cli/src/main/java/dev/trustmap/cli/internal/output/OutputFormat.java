package dev.trustmap.cli.internal.output;

/** The {@code --format} every listing command takes. */
public enum OutputFormat {
    /** Aligned columns for a terminal. */
    TABLE,
    /** RFC 4180, UTF-8, one header row. */
    CSV,
    /** The rows as JSON objects; field names are documented in docs/cli-json.md. */
    JSON
}
