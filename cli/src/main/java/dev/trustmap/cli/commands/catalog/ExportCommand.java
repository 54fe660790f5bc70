package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.CatalogOption;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.output.Json;
import dev.trustmap.mappings.export.OscalMappingCollection;
import dev.trustmap.mappings.export.TrestleMappingCsv;
import dev.trustmap.model.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code trustmap catalog export --format oscal-mapping|csv}: the catalog's mappings for GRC tools, as an OSCAL 1.2
 * mapping collection or in the CSV layout of compliance-trestle's csv-to-oscal-mc. Written to standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the catalog's mappings as an OSCAL 1.2 mapping-collection (oscal-mapping) or as the CSV"
                + " that compliance-trestle's csv-to-oscal-mc reads (csv), to standard output.")
final class ExportCommand extends BaseCommand {

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "oscal-mapping or csv.")
    private String format;

    @Override
    protected void validate() {
        if (!format.equals("oscal-mapping") && !format.equals("csv")) {
            throw new ParameterException(spec.commandLine(),
                    "--format: expected oscal-mapping or csv, found '" + format + "'.");
        }
    }

    @Override
    protected ExitCode execute() {
        Catalog catalog = catalogOption.load();
        if (format.equals("csv")) {
            out().print(TrestleMappingCsv.of(catalog));
            out().flush();
        } else {
            Json.write(out(), OscalMappingCollection.of(catalog));
        }
        return ExitCode.OK;
    }
}
