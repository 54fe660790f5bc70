package dev.trustmap.cli.commands.assessment;

import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --policy FILE}: the user's policy laid over the defaults. */
final class PolicyOption {

    @Option(names = "--policy", paramLabel = "FILE", description = "policy.yaml laid over the defaults"
            + " ('trustmap policy init' writes one to start from).")
    private Path file;

    Policy load() {
        if (file == null) {
            return PolicyReader.defaults();
        }
        try {
            return PolicyReader.read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", "cannot be read: " + e.getMessage(),
                    "Check the path."));
        }
    }
}
