package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.FormatOption;
import dev.trustmap.mappings.Nearest;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** What the catalog commands share: {@code --catalog DIR} and {@code --format}. */
abstract class CatalogSubcommand extends BaseCommand {

    @Mixin
    CatalogOption catalogOption;

    @Mixin
    FormatOption formatOption;

    /** The framework with this id, or a usage error naming the nearest ids. */
    Framework framework(Catalog catalog, String id, String option) {
        return catalog.framework(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                option + ": no framework '" + id + "'. Known: " + Nearest.among(id,
                        catalog.frameworks().stream().map(Framework::id).toList(), 6) + "."));
    }
}
