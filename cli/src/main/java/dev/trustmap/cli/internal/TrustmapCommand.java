package dev.trustmap.cli.internal;

import dev.trustmap.cli.commands.assessment.AssessCommand;
import dev.trustmap.cli.commands.assessment.PolicyCommand;
import dev.trustmap.cli.commands.catalog.CatalogCommand;
import dev.trustmap.cli.commands.evidence.FormatsCommand;
import dev.trustmap.cli.commands.evidence.ImportCommand;
import dev.trustmap.cli.commands.evidence.OwnersCommand;
import dev.trustmap.cli.commands.evidence.SampleCommand;
import dev.trustmap.cli.commands.pack.KeysCommand;
import dev.trustmap.cli.commands.pack.PackCommand;
import dev.trustmap.cli.commands.quarterly.DemoCommand;
import dev.trustmap.cli.commands.quarterly.QuarterlyCommand;
import dev.trustmap.cli.commands.reports.ReportCommand;
import dev.trustmap.cli.commands.review.ReviewCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustmap}: lists its commands when run without one. */
@Command(name = "trustmap", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Governs non-human and AI-agent identities against one control catalog mapped onto six"
                + " frameworks.",
        subcommands = {DemoCommand.class, QuarterlyCommand.class, CatalogCommand.class, SampleCommand.class,
            ImportCommand.class, FormatsCommand.class, OwnersCommand.class, AssessCommand.class, PolicyCommand.class,
            ReportCommand.class, ReviewCommand.class, PackCommand.class, KeysCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 gate tripped, 2 usage error, 3 bad input, 4 internal error."})
public final class TrustmapCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
