package dev.trustmap.cli.commands.catalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustmap catalog}: the group; prints its subcommands when run alone. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "The control catalog and the six frameworks it maps onto.",
        subcommands = {FrameworksCommand.class, ControlsCommand.class, ShowCommand.class, CrosswalkCommand.class,
            CoverageCommand.class, LintCommand.class, ResolveCommand.class, ExportCommand.class})
public final class CatalogCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
