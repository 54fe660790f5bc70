package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.mappings.Coverage;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code trustmap catalog frameworks}: one row per framework with its item counts and coverage. */
@Command(name = "frameworks", mixinStandardHelpOptions = true,
        description = "List the frameworks: items (counted kinds), mapped, not applicable.")
final class FrameworksCommand extends CatalogSubcommand {

    /**
     * @param items number of counted items (see countedKinds)
     * @param itemsByKind every item of the framework, by kind, counted or not
     */
    record Row(String id, String name, String version, int items, int mapped, int notApplicable, int unmapped,
            List<String> countedKinds, Map<String, Integer> itemsByKind, String publisher, String url) {
    }

    @Override
    protected ExitCode execute() {
        Catalog catalog = catalogOption.load();
        Coverage coverage = new Coverage(catalog);
        List<Row> rows = catalog.frameworks().stream().map(f -> row(f, coverage.of(f))).toList();
        new Tabular<Row>()
                .column("id", Row::id)
                .column("name", Row::name, 50)
                .column("version", Row::version)
                .column("items", Row::items)
                .column("counted", r -> String.join("+", r.countedKinds()))
                .column("mapped", Row::mapped)
                .column("notApplicable", Row::notApplicable)
                .write(out(), formatOption.format(), rows);
        return ExitCode.OK;
    }

    private static Row row(Framework framework, Coverage.FrameworkCoverage figures) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (FrameworkItem item : framework.items()) {
            byKind.merge(item.kind(), 1, Integer::sum);
        }
        return new Row(framework.id(), framework.name(), framework.version(), figures.items(), figures.mapped(),
                figures.notApplicable(), figures.unmapped(), framework.countedKinds(), byKind, framework.publisher(),
                framework.url());
    }
}
