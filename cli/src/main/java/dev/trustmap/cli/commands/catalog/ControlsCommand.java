package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.Lane;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustmap catalog controls}: the controls, optionally of one domain or touching one framework. */
@Command(name = "controls", mixinStandardHelpOptions = true,
        description = "List the controls with domain, title, evidence kind and the frameworks they map to.")
final class ControlsCommand extends CatalogSubcommand {

    @Option(names = "--domain", paramLabel = "DOMAIN",
            description = "Only this domain: ${COMPLETION-CANDIDATES}.")
    private Domain domain;

    @Option(names = "--framework", paramLabel = "FRAMEWORK", description = "Only controls mapped to this framework.")
    private String framework;

    record Row(String id, String domain, String title, String objective, String evidence, String severity,
            List<String> lanes, Set<String> frameworks, int mappings) {
    }

    @Override
    protected ExitCode execute() {
        Catalog catalog = catalogOption.load();
        if (framework != null) {
            framework(catalog, framework, "--framework");
        }
        List<Row> rows = catalog.controls().stream()
                .filter(c -> domain == null || c.domain() == domain)
                .filter(c -> framework == null || c.frameworks().contains(framework))
                .map(ControlsCommand::row)
                .toList();
        new Tabular<Row>()
                .column("id", Row::id)
                .column("domain", Row::domain)
                .column("evidence", Row::evidence)
                .column("severity", Row::severity)
                .column("title", Row::title, 60)
                .column("frameworks", r -> String.join(",", r.frameworks()))
                .write(out(), formatOption.format(), rows);
        return ExitCode.OK;
    }

    private static Row row(Control control) {
        return new Row(control.id(), control.domain().name(), control.title(), control.objective(),
                control.evidence().key(), control.severity().key(),
                control.lanes().stream().sorted().map(Lane::key).toList(), control.frameworks(),
                control.mappings().size());
    }
}
