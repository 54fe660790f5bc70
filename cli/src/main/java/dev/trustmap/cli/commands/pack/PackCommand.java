package dev.trustmap.cli.commands.pack;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustmap pack}: the auditor evidence pack. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "The auditor evidence pack: verify one, or show what its manifest says.",
        subcommands = {PackVerifyCommand.class, PackShowCommand.class})
public final class PackCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
