package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.output.Json;
import dev.trustmap.cli.internal.output.OutputFormat;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.mappings.IdResolver;
import dev.trustmap.mappings.IdResolver.Match;
import dev.trustmap.mappings.IdResolver.Resolution;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code trustmap catalog resolve ID}: the real item behind an id as people write it, saying whether each answer is
 * the exact id, a known alias, a successor, or only a candidate. Exit 3 when the id names no current item.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve an id as written in an article or spreadsheet (PR.AC-4, NHI-03) to the real framework"
                + " item; an id that is not ours (A01:2025, M4, AAI-3) or withdrawn without a successor (RC.CO-2)"
                + " is not found (exit 3), with candidates marked as guesses.")
final class ResolveCommand extends CatalogSubcommand {

    @Parameters(paramLabel = "ID", description = "The id to resolve, optionally qualified as framework:item.")
    private String id;

    /** One match or candidate as printed; {@code basis} is exact, alias, successor or candidate. */
    record Row(String framework, String id, String title, String basis, String via) {

        static Row of(Match match) {
            return new Row(match.framework(), match.id(), match.title(), match.basis().key(), match.via());
        }
    }

    record Output(String query, String status, String note, List<Row> matches, List<Row> candidates) {
    }

    @Override
    protected ExitCode execute() {
        Resolution resolution = new IdResolver(catalogOption.load()).resolve(id);
        Output output = new Output(resolution.query(), resolution.status().key(), resolution.note(),
                resolution.matches().stream().map(Row::of).toList(),
                resolution.candidates().stream().map(Row::of).toList());
        boolean found = resolution.found();
        switch (formatOption.format()) {
            case JSON -> Json.write(out(), output);
            case CSV, TABLE -> {
                if (formatOption.format() == OutputFormat.TABLE) {
                    out().println(headline(resolution));
                }
                List<Row> rows = found ? output.matches() : output.candidates();
                if (!rows.isEmpty() || formatOption.format() == OutputFormat.CSV) {
                    new Tabular<Row>()
                            .column("framework", Row::framework)
                            .column("id", Row::id)
                            .column("title", Row::title, 70)
                            .column("basis", Row::basis)
                            .column("via", Row::via)
                            .write(out(), formatOption.format(), rows);
                }
            }
        }
        return found ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private String headline(Resolution resolution) {
        if (resolution.found()) {
            return id + ": " + resolution.status().key();
        }
        if (resolution.note() != null) {
            return id + ": " + resolution.status().key() + ". " + resolution.note()
                    + (resolution.candidates().isEmpty() ? "" : " Candidates:");
        }
        return id + ": not found in any framework or control; nearest ids:";
    }
}
