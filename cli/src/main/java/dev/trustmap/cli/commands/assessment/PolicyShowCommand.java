package dev.trustmap.cli.commands.assessment;

import dev.trustmap.assessment.policy.PolicyWriter;
import dev.trustmap.cli.internal.BaseCommand;
import dev.trustmap.cli.internal.ExitCode;
import dev.trustmap.model.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code trustmap policy show [--policy FILE]}: the effective policy and its digest. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print the policy in effect (the defaults, or --policy laid over them) and its SHA-256.")
final class PolicyShowCommand extends BaseCommand {

    @Mixin
    private PolicyOption policyOption;

    @Override
    protected ExitCode execute() {
        Policy policy = policyOption.load();
        out().print(PolicyWriter.yaml(policy));
        out().println("# sha256: " + policy.sha256());
        out().flush();
        return ExitCode.OK;
    }
}
