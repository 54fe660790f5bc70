package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ACT-04, no identity shared between systems or workloads. Population: non-human identities whose system is known
 * or that hold a credential with a fingerprint. Fails when the system field names more than one system ("used by
 * 3 systems: a, b, c") or when one of its credentials' secret also sits on another identity ("shares a secret
 * with 2 other identities: x, y"); both are reported in one observed value, separated by "; ".
 *
 * <p>An identity none of whose secrets another identity holds (the index counts the holders) is judged as it is
 * seen. One holding a shared secret is judged after the last identity, once every other holder's id is known; only
 * the ids of the holders of shared secrets are kept until then.
 */
public final class AttributableIdentityCheck implements Check {

    private static final int LISTED = 3;

    /** A member waiting for the other holders of its shared secrets: what its outcome needs, not the identity. */
    private record Sharer(Subject subject, String id, String usedBy, List<String> sharedKeys) {
    }

    @Override
    public String controlId() {
        return "ACT-04";
    }

    @Override
    public Judgement start(CheckContext context) {
        InventoryIndex index = context.index();
        return new Judgement() {
            /** The ids holding each secret that more than one identity holds, in id order. */
            private final Map<String, Set<String>> holders = new HashMap<>();
            private final List<Sharer> waiting = new ArrayList<>();
            private boolean any;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                // Every identity, humans included, is a holder: a machine secret that a person also holds is shared.
                List<String> sharedKeys = new ArrayList<>();
                for (Credential credential : identity.credentials()) {
                    if (index.holders(credential) > 1) {
                        String key = Subjects.fingerprintKey(credential);
                        holders.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(identity.id());
                        if (!sharedKeys.contains(key)) {
                            sharedKeys.add(key);
                        }
                    }
                }
                if (identity.lane() == Lane.HUMAN) {
                    return;
                }
                List<String> systems = Subjects.values(identity.system());
                if (systems.isEmpty() && identity.credentials().stream().noneMatch(InventoryIndex::hasFingerprint)) {
                    return;
                }
                any = true;
                String usedBy = systems.size() > 1
                        ? "used by " + systems.size() + " systems: " + String.join(", ", systems) : null;
                if (sharedKeys.isEmpty()) {
                    report(outcomes, Subjects.of(identity), usedBy, Set.of());
                } else {
                    waiting.add(new Sharer(Subjects.of(identity), identity.id(), usedBy, sharedKeys));
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (!any) {
                    outcomes.noEvidence("no system or credential fingerprint data");
                    return;
                }
                for (Sharer sharer : waiting) {
                    // The other holders in the order the secrets sit on the member, each secret's in id order.
                    Set<String> others = new LinkedHashSet<>();
                    for (String key : sharer.sharedKeys()) {
                        others.addAll(holders.get(key));
                    }
                    others.remove(sharer.id());
                    report(outcomes, sharer.subject(), sharer.usedBy(), others);
                }
            }
        };
    }

    /** Passes the member, or fails it with the systems it spans and the other identities holding its secrets. */
    private static void report(Outcomes outcomes, Subject subject, String usedBy, Set<String> others) {
        List<String> problems = new ArrayList<>();
        if (usedBy != null) {
            problems.add(usedBy);
        }
        if (!others.isEmpty()) {
            problems.add("shares a secret with " + others.size() + " other "
                    + (others.size() == 1 ? "identity" : "identities") + ": " + Subjects.listed(others, LISTED));
        }
        if (problems.isEmpty()) {
            outcomes.pass(subject);
        } else {
            outcomes.fail(subject, String.join("; ", problems), "1 system, no shared secret",
                    "Give each system its own identity and credentials, and revoke the copies held elsewhere.");
        }
    }
}
