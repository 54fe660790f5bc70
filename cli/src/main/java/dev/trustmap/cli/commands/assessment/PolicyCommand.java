package dev.trustmap.cli.commands.assessment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustmap policy}: the thresholds checks judge against. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "The policy: print the one in effect, or write the defaults to start your own.",
        subcommands = {PolicyShowCommand.class, PolicyInitCommand.class})
public final class PolicyCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
