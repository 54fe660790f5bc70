package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.mappings.Crosswalk;
import dev.trustmap.model.catalog.Catalog;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustmap catalog crosswalk --from F --to G}: items of F linked to items of G through the controls. */
@Command(name = "crosswalk", mixinStandardHelpOptions = true,
        description = "Derive a crosswalk between two frameworks through the controls (A -> control -> B).")
final class CrosswalkCommand extends CatalogSubcommand {

    @Option(names = "--from", required = true, paramLabel = "FRAMEWORK", description = "Framework id to start from.")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "FRAMEWORK", description = "Framework id to reach.")
    private String to;

    record Row(String fromItem, String control, String relationshipFrom, String relationshipTo, String toItem) {
    }

    @Override
    protected ExitCode execute() {
        Catalog catalog = catalogOption.load();
        List<Row> rows = Crosswalk.between(catalog, framework(catalog, from, "--from"), framework(catalog, to, "--to"))
                .stream()
                .map(r -> new Row(r.fromItem(), r.control(), r.relationshipFrom().key(), r.relationshipTo().key(),
                        r.toItem()))
                .toList();
        new Tabular<Row>()
                .column("fromItem", Row::fromItem)
                .column("control", Row::control)
                .column("relationshipFrom", Row::relationshipFrom)
                .column("relationshipTo", Row::relationshipTo)
                .column("toItem", Row::toItem)
                .write(out(), formatOption.format(), rows);
        return ExitCode.OK;
    }
}
