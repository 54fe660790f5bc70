package dev.trustmap.cli.commands.pack;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustmap keys}: the keys that sign evidence packs. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "The Ed25519 keys that sign evidence packs.",
        subcommands = {KeysGenerateCommand.class})
public final class KeysCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
