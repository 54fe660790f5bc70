package dev.trustmap.evidence.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ACT-04, no identity shared between systems or workloads. Population: non-human identities whose system is known
 * or that hold a credential with a fingerprint. Fails when the system field names more than one system ("used by
 * 3 systems: a, b, c") or when one of its credentials' secret also sits on another identity ("shares a secret
 * with 2 other identities: x, y"); both are reported in one observed value, separated by "; ".
 */
public final class AttributableIdentityCheck implements Check {

    private static final int LISTED = 3;

    @Override
    public String controlId() {
        return "ACT-04";
    }

    @Override
    public void evaluate(CheckContext context, Outcomes outcomes) {
        // Every identity, humans included, goes into the index: a machine secret that a person also holds is shared.
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (Identity identity : context.inventory().identities()) {
            for (Credential credential : identity.credentials()) {
                if (hasFingerprint(credential)) {
                    holders.computeIfAbsent(Subjects.fingerprintKey(credential), k -> new LinkedHashSet<>()).add(identity.id());
                }
            }
        }
        List<Identity> population = context.inventory().identities().stream()
                .filter(i -> i.lane() != Lane.HUMAN)
                .filter(i -> !Subjects.values(i.system()).isEmpty()
                        || i.credentials().stream().anyMatch(AttributableIdentityCheck::hasFingerprint))
                .toList();
        if (population.isEmpty()) {
            outcomes.noEvidence("no system or credential fingerprint data");
            return;
        }
        for (Identity identity : population) {
            List<String> problems = new ArrayList<>();
            List<String> systems = Subjects.values(identity.system());
            if (systems.size() > 1) {
                problems.add("used by " + systems.size() + " systems: " + String.join(", ", systems));
            }
            Set<String> others = new LinkedHashSet<>();
            for (Credential credential : identity.credentials()) {
                if (hasFingerprint(credential)) {
                    others.addAll(holders.get(Subjects.fingerprintKey(credential)));
                }
            }
            others.remove(identity.id());
            if (!others.isEmpty()) {
                problems.add("shares a secret with " + others.size() + " other "
                        + (others.size() == 1 ? "identity" : "identities") + ": " + Subjects.listed(others, LISTED));
            }
            if (problems.isEmpty()) {
                outcomes.pass(Subjects.of(identity));
            } else {
                outcomes.fail(Subjects.of(identity), String.join("; ", problems), "1 system, no shared secret",
                        "Give each system its own identity and credentials, and revoke the copies held elsewhere.");
            }
        }
    }

    private static boolean hasFingerprint(Credential credential) {
        return credential.fingerprint() != null && !credential.fingerprint().isBlank();
    }

}
