package dev.trustmap.model.inventory;

/** One input file: which importer read it, its SHA-256, and how much it contributed. */
public record SourceSummary(String file, String source, String sha256, int identities, int credentials, int leaks,
        int skippedRows) {
}
