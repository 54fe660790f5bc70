package dev.trustmap.model.catalog;

/** Where a catalog entry was written: a file (bundled resource or overlay path) and a 1-based line and column. */
public record SourceRef(String file, int line, int column) {

    public static final SourceRef UNKNOWN = new SourceRef("(unknown)", 0, 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
