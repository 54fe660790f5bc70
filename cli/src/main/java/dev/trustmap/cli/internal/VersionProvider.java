package dev.trustmap.cli.internal;

import dev.trustmap.mappings.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code trustmap --version}: the tool's version and the bundled catalog's version and digest. */
public final class VersionProvider implements IVersionProvider {

    /** The version the build stamped into the jar. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/trustmap/cli/version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        var catalog = CatalogLoader.bundled();
        return new String[] {
            "trustmap " + version(),
            "catalog " + catalog.version() + " (sha256 " + catalog.digest().substring(0, 12) + ")",
            "Java " + System.getProperty("java.version")
        };
    }
}
