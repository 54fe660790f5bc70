package dev.trustmap.cli.commands.catalog;

import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.cli.internal.ProblemList;
import dev.trustmap.mappings.CatalogLint;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code trustmap catalog lint}: every problem in the catalog (and overlay), each with file, line and column. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the catalog and an overlay: exit 0 when clean, 3 with findings.")
final class LintCommand extends CatalogSubcommand {

    @Override
    protected ExitCode execute() {
        CatalogLoader.Result result = CatalogLoader.read(catalogOption.overlay());
        List<InputProblem> problems = new ArrayList<>(result.problems());
        problems.addAll(CatalogLint.check(result.catalog()));
        Catalog catalog = result.catalog();
        ProblemList.write(out(), formatOption.format(), problems, "catalog " + catalog.version() + " is clean: "
                + catalog.frameworks().size() + " frameworks, " + catalog.controls().size() + " controls, "
                + catalog.controls().stream().mapToInt(c -> c.mappings().size()).sum() + " mappings.");
        return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
