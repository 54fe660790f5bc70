package dev.trustmap.evidence.checks;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.List;

/**
 * DLG-03: a sub-agent never holds more scope than its parent.
 *
 * <p>Population: non-human identities with {@code parentIdentity} set. The parent is found in the inventory by id,
 * else by name. Passes when every scope of the child is covered by one of the parent's: the same scope, the
 * parent's {@code *}, or a parent prefix wildcard ({@code tickets:*} covers {@code tickets:read}, {@code erp/*}
 * covers {@code erp/invoices}). Observed: "holds tickets:delete, which its parent orchestrator:x lacks" (at most
 * three scopes named). A parent missing from the inventory, or either side without recorded scopes, cannot be
 * compared: not assessed, since an empty list means the sources said nothing, not that there is no scope.
 */
public final class SubAgentScopeCheck implements Check {

    private static final int NAMED = 3;

    public SubAgentScopeCheck() {
    }

    @Override
    public String controlId() {
        return "DLG-03";
    }

    @Override
    public void evaluate(CheckContext context, Outcomes outcomes) {
        List<Identity> all = context.inventory().identities();
        List<Identity> population = all.stream()
                .filter(i -> i.lane() != Lane.HUMAN && i.parentIdentity() != null && !i.parentIdentity().isBlank())
                .toList();
        if (population.isEmpty()) {
            outcomes.noEvidence("no sub-agents with a parent in the inputs");
            return;
        }
        for (Identity child : population) {
            String parentName = child.parentIdentity().strip();
            Identity parent = all.stream().filter(i -> parentName.equals(i.id())).findFirst()
                    .or(() -> all.stream().filter(i -> parentName.equals(i.name())).findFirst())
                    .orElse(null);
            if (parent == null) {
                outcomes.notAssessed(Subjects.of(child), "parent " + parentName + " is not in the inventory");
            } else if (child.scopes().isEmpty()) {
                outcomes.notAssessed(Subjects.of(child), "sub-agent has no scopes recorded");
            } else if (parent.scopes().isEmpty()) {
                outcomes.notAssessed(Subjects.of(child), "parent " + parentName + " has no scopes recorded");
            } else {
                List<String> excess = child.scopes().stream()
                        .filter(scope -> parent.scopes().stream().noneMatch(p -> covers(p, scope)))
                        .toList();
                if (excess.isEmpty()) {
                    outcomes.pass(Subjects.of(child));
                } else {
                    String named = String.join(", ", excess.subList(0, Math.min(NAMED, excess.size())))
                            + (excess.size() > NAMED ? " and " + (excess.size() - NAMED) + " more" : "");
                    outcomes.fail(Subjects.of(child), "holds " + named + ", which its parent " + parentName
                            + " lacks", "within the parent's scopes",
                            "Narrow the sub-agent's scopes to a subset of its parent's.");
                }
            }
        }
    }

    /** True when the parent's scope grants the child's: equal, or a wildcard whose prefix the child starts with. */
    static boolean covers(String parentScope, String childScope) {
        String p = parentScope.strip();
        String c = childScope.strip();
        if (p.equals(c)) {
            return true;
        }
        return p.endsWith("*") && c.startsWith(p.substring(0, p.length() - 1));
    }
}
