package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.BroadScopes;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * AXS-05, a declared, bounded scope for every AI identity. Population: AI-lane identities. Passes when at least one
 * scope is declared and none is a wildcard ({@code *}, {@code *:*}, anything ending in {@code :*} or {@code /*},
 * or {@code admin}) or broad ({@link BroadScopes}: Graph's {@code *.ReadWrite.All} and the like reach every object
 * of a kind); a failure reports "no declared scope", "wildcard scope erp:*" or "broad scope Mail.ReadWrite", the
 * last two joined with "; " when both are found.
 */
public final class AgentScopeCheck implements Check {

    @Override
    public String controlId() {
        return "AXS-05";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.lane() == Lane.AI, "no AI-lane identities", AgentScopeCheck::judge);
    }

    private static void judge(Identity agent, Outcomes outcomes) {
        List<String> scopes = agent.scopes().stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .toList();
        List<String> wildcards = scopes.stream().filter(AgentScopeCheck::wildcard).toList();
        List<String> broad = scopes.stream().filter(s -> !wildcard(s) && BroadScopes.broad(s)).toList();
        if (scopes.isEmpty()) {
            outcomes.fail(Subjects.of(agent), "no declared scope", "named tools, data and actions",
                    "Declare the tools, data and actions the agent may use as its scope.");
        } else if (!wildcards.isEmpty() || !broad.isEmpty()) {
            List<String> observed = new ArrayList<>();
            if (!wildcards.isEmpty()) {
                observed.add(named("wildcard", wildcards));
            }
            if (!broad.isEmpty()) {
                observed.add(named("broad", broad));
            }
            outcomes.fail(Subjects.of(agent), String.join("; ", observed), "named tools, data and actions",
                    "Replace each " + (broad.isEmpty() ? "wildcard" : "wildcard or broad")
                            + " scope with the named actions and resources the agent needs.");
        } else {
            outcomes.pass(Subjects.of(agent));
        }
    }

    private static String named(String kind, List<String> scopes) {
        return kind + (scopes.size() == 1 ? " scope " : " scopes ") + String.join(", ", scopes);
    }

    // "admin" is matched case-insensitively: Admin and ADMIN grant the same.
    private static boolean wildcard(String scope) {
        return scope.equals("*") || scope.endsWith(":*") || scope.endsWith("/*") || scope.equalsIgnoreCase("admin");
    }
}
