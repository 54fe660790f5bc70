package dev.trustmap.assessment.checks;

import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * DLG-04: an agent that executes as a service account has that link recorded and approved.
 *
 * <p>Population: AI-lane identities with {@code executesAs} set. Passes when {@code approvedBy} is filled and the
 * identity it executes as is in the inventory (its id or name, exactly). Observed: "executes as svc-helpdesk with
 * no approval recorded", "executes as svc-x, which is not in the inventory", or both joined with "; ".
 */
public final class ExecutesAsLinkCheck implements Check {

    public ExecutesAsLinkCheck() {
    }

    @Override
    public String controlId() {
        return "DLG-04";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.lane() == Lane.AI && present(i.executesAs()),
                "no agent executes as another identity", (agent, outcomes) -> {
                    String target = agent.executesAs().strip();
                    List<String> problems = new ArrayList<>();
                    if (!present(agent.approvedBy())) {
                        problems.add("executes as " + target + " with no approval recorded");
                    }
                    // An unknown target means the agent's effective rights cannot be seen at all. The index answers
                    // for every identity, those after the agent too.
                    if (!context.index().hasIdOrName(target)) {
                        problems.add("executes as " + target + ", which is not in the inventory");
                    }
                    if (problems.isEmpty()) {
                        outcomes.pass(Subjects.of(agent));
                    } else {
                        outcomes.fail(Subjects.of(agent), String.join("; ", problems), "link recorded and approved",
                                "Record the service account in the inventory and have its owner approve the link.");
                    }
                });
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
