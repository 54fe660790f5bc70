package dev.trustmap.cli.commands.assessment;

import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.cli.internal.AtomicOutput;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code trustmap policy init --out policy.yaml}: the defaults, every key explained, to edit. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write the default policy with a comment on every key, to edit and pass to --policy.")
final class PolicyInitCommand extends BaseCommand {

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "policy.yaml",
            description = "Where to write it (default: ${DEFAULT-VALUE}); an existing file is not overwritten"
                    + " without --force.")
    private Path out;

    @Option(names = "--force", description = "Overwrite an existing file.")
    private boolean force;

    @Override
    protected void validate() {
        if (Files.exists(out) && !force) {
            throw new ParameterException(spec.commandLine(), out + " exists; pass --force to overwrite it.");
        }
    }

    @Override
    protected ExitCode execute() {
        String yaml = PolicyReader.defaultYaml();
        AtomicOutput.write(out, stream -> stream.write(yaml.getBytes(StandardCharsets.UTF_8)));
        out().println("wrote " + out + ": the default policy; edit it and pass --policy " + out + ".");
        out().flush();
        return ExitCode.OK;
    }
}
