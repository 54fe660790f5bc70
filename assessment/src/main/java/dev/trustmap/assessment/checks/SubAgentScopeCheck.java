package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DLG-03: a sub-agent never holds more scope than its parent.
 *
 * <p>Population: non-human identities with {@code parentIdentity} set. The parent is found in the inventory by id,
 * else by name. Passes when every scope of the child is covered by one of the parent's: the same scope, the
 * parent's {@code *}, or a parent prefix wildcard ({@code tickets:*} covers {@code tickets:read}, {@code erp/*}
 * covers {@code erp/invoices}). Observed: "holds tickets:delete, which its parent orchestrator:x lacks" (at most
 * three scopes named). A parent missing from the inventory, or either side without recorded scopes, cannot be
 * compared: not assessed, since an empty list means the sources said nothing, not that there is no scope.
 *
 * <p>Only the scopes of identities some sub-agent names as its parent are kept. A sub-agent whose parent is already
 * known (or, by the index, cannot be in the inventory) is judged as it is seen; one whose parent may still come
 * later in id order is judged after the last identity.
 */
public final class SubAgentScopeCheck implements Check {

    private static final int NAMED = 3;

    /** A sub-agent waiting for its parent: what its outcome needs, not the identity. */
    private record Child(Subject subject, String parentName, List<String> scopes) {
    }

    public SubAgentScopeCheck() {
    }

    @Override
    public String controlId() {
        return "DLG-03";
    }

    @Override
    public Judgement start(CheckContext context) {
        InventoryIndex index = context.index();
        return new Judgement() {
            /** Scopes of the first identity with each id, and each name, that some sub-agent names as parent. */
            private final Map<String, List<String>> scopesById = new HashMap<>();
            private final Map<String, List<String>> scopesByName = new HashMap<>();
            private final List<Child> waiting = new ArrayList<>();
            private boolean any;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                // Kept before the identity is judged as a child: a sub-agent may name itself as its parent.
                if (index.isNamedParent(identity.id())) {
                    scopesById.putIfAbsent(identity.id(), identity.scopes());
                }
                if (index.isNamedParent(identity.name())) {
                    scopesByName.putIfAbsent(identity.name(), identity.scopes());
                }
                if (identity.lane() == Lane.HUMAN || identity.parentIdentity() == null
                        || identity.parentIdentity().isBlank()) {
                    return;
                }
                any = true;
                String parentName = identity.parentIdentity().strip();
                // An identity with the parent's id may still come and would win over one found by name.
                boolean settled = scopesById.containsKey(parentName)
                        || (scopesByName.containsKey(parentName) && !index.hasId(parentName))
                        || !index.hasIdOrName(parentName);
                if (settled) {
                    compare(outcomes, Subjects.of(identity), parentName, identity.scopes(), parentScopes(parentName));
                } else {
                    waiting.add(new Child(Subjects.of(identity), parentName, identity.scopes()));
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (!any) {
                    outcomes.noEvidence("no sub-agents with a parent in the inputs");
                    return;
                }
                for (Child child : waiting) {
                    compare(outcomes, child.subject(), child.parentName(), child.scopes(),
                            parentScopes(child.parentName()));
                }
            }

            /** The scopes of the first identity with that id, else of the first with that name; null when none. */
            private List<String> parentScopes(String parentName) {
                List<String> byId = scopesById.get(parentName);
                return byId != null ? byId : scopesByName.get(parentName);
            }
        };
    }

    /** Judges a sub-agent's scopes against its parent's ({@code null} when the parent is not in the inventory). */
    private static void compare(Outcomes outcomes, Subject child, String parentName, List<String> scopes,
            List<String> parentScopes) {
        if (parentScopes == null) {
            outcomes.notAssessed(child, "parent " + parentName + " is not in the inventory");
        } else if (scopes.isEmpty()) {
            outcomes.notAssessed(child, "sub-agent has no scopes recorded");
        } else if (parentScopes.isEmpty()) {
            outcomes.notAssessed(child, "parent " + parentName + " has no scopes recorded");
        } else {
            List<String> excess = scopes.stream()
                    .filter(scope -> parentScopes.stream().noneMatch(p -> covers(p, scope)))
                    .toList();
            if (excess.isEmpty()) {
                outcomes.pass(child);
            } else {
                String named = String.join(", ", excess.subList(0, Math.min(NAMED, excess.size())))
                        + (excess.size() > NAMED ? " and " + (excess.size() - NAMED) + " more" : "");
                outcomes.fail(child, "holds " + named + ", which its parent " + parentName + " lacks",
                        "within the parent's scopes", "Narrow the sub-agent's scopes to a subset of its parent's.");
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
