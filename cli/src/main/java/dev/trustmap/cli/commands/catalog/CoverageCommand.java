package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.mappings.Coverage;
import dev.trustmap.mappings.Coverage.FrameworkCoverage;
import picocli.CommandLine.Command;

/** {@code trustmap catalog coverage}: how much of each framework the catalog's mappings reach. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Per framework: items, mapped, not applicable, unmapped, percent mapped of those in scope.")
final class CoverageCommand extends CatalogSubcommand {

    @Override
    protected ExitCode execute() {
        var rows = new Coverage(catalogOption.load()).all();
        new Tabular<FrameworkCoverage>()
                .column("framework", FrameworkCoverage::framework)
                .column("items", FrameworkCoverage::items)
                .column("mapped", FrameworkCoverage::mapped)
                .column("notApplicable", FrameworkCoverage::notApplicable)
                .column("unmapped", FrameworkCoverage::unmapped)
                .column("percent", c -> String.format(java.util.Locale.ROOT, "%.1f", c.percent()))
                .write(out(), formatOption.format(), rows);
        return ExitCode.OK;
    }
}
