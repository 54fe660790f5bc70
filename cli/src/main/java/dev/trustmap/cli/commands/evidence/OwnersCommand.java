package dev.trustmap.cli.commands.evidence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustmap owners}: the owners workbook (identity owners, control owners, people). */
@Command(name = "owners", mixinStandardHelpOptions = true,
        description = "The owners workbook: write a template, or validate a filled one.",
        subcommands = {OwnersTemplateCommand.class, OwnersValidateCommand.class})
public final class OwnersCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
