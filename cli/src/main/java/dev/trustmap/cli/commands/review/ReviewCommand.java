package dev.trustmap.cli.commands.review;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustmap review}: owner review by spreadsheet. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Owner review by spreadsheet: send each owner a workbook of their identities, and collect"
                + " the answers as evidence for the next quarter.",
        subcommands = {ReviewSendCommand.class, ReviewCollectCommand.class})
public final class ReviewCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
