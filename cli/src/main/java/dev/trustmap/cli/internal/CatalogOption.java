package dev.trustmap.cli.internal;

import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.catalog.Catalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --catalog DIR}: a user's frameworks, controls or mappings laid over the bundled catalog. */
public final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "Overlay directory of framework, controls, mappings or tool-checks files "
                    + "(see docs/catalog.md).")
    private Path overlay;

    public Path overlay() {
        return overlay;
    }

    /** The bundled catalog with the overlay applied; a catalog with any problem is refused (exit 3). */
    public Catalog load() {
        return overlay == null ? CatalogLoader.bundled() : CatalogLoader.load(overlay);
    }
}
