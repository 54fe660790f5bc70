package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.ExitCode;
import dev.trustmap.cli.internal.output.Json;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.mappings.IdResolver;
import dev.trustmap.mappings.IdResolver.Match;
import dev.trustmap.mappings.IdResolver.Resolution;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trustmap catalog resolve ID}: the real item behind an id as people write it. Exit 3 when not found. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve an id as written in an article or spreadsheet (PR.AC-4, NHI-03, A-03, M4) to the"
                + " real framework item; exit 3 with the nearest ids when nothing fits.")
final class ResolveCommand extends CatalogSubcommand {

    @Parameters(paramLabel = "ID", description = "The id to resolve, optionally qualified as framework:item.")
    private String id;

    record Output(String query, String status, List<Match> matches, List<Match> candidates) {
    }

    @Override
    protected ExitCode execute() {
        Resolution resolution = new IdResolver(catalogOption.load()).resolve(id);
        Output output = new Output(resolution.query(), resolution.status().key(), resolution.matches(),
                resolution.candidates());
        switch (formatOption.format()) {
            case JSON -> Json.write(out(), output);
            case CSV, TABLE -> {
                boolean found = resolution.found();
                if (formatOption.format() == dev.trustmap.cli.internal.output.OutputFormat.TABLE) {
                    out().println(found ? id + ": " + output.status() : id + ": not found in any framework or"
                            + " control; nearest ids:");
                }
                new Tabular<Match>()
                        .column("framework", Match::framework)
                        .column("id", Match::id)
                        .column("title", Match::title, 70)
                        .column("via", Match::via)
                        .write(out(), formatOption.format(), found ? resolution.matches() : resolution.candidates());
            }
        }
        return resolution.found() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
