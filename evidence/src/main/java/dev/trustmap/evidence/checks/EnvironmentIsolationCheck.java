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
 * AXS-02, no identity or credential spans production and non-production. Population: non-human identities with a
 * known environment. Fails when the environment field names both a production value (prod, production, prd,
 * live) and another one ("spans prod and staging"), or when one of its credentials' secret also sits on an
 * identity on the other side ("shares a secret with staging identity x").
 */
public final class EnvironmentIsolationCheck implements Check {

    private static final Set<String> PRODUCTION = Set.of("prod", "production", "prd", "live");
    private static final int LISTED = 3;

    @Override
    public String controlId() {
        return "AXS-02";
    }

    @Override
    public void evaluate(CheckContext context, Outcomes outcomes) {
        List<Identity> all = context.inventory().identities();
        Map<String, Set<Identity>> holders = new LinkedHashMap<>();
        for (Identity identity : all) {
            for (Credential credential : identity.credentials()) {
                if (credential.fingerprint() != null && !credential.fingerprint().isBlank()) {
                    holders.computeIfAbsent(Subjects.fingerprintKey(credential), k -> new LinkedHashSet<>()).add(identity);
                }
            }
        }
        List<Identity> population = all.stream()
                .filter(i -> i.lane() != Lane.HUMAN && !Subjects.values(i.environment()).isEmpty()).toList();
        if (population.isEmpty()) {
            outcomes.noEvidence("no environment data in the inputs");
            return;
        }
        for (Identity identity : population) {
            List<String> prod = side(identity, true);
            List<String> nonProd = side(identity, false);
            if (!prod.isEmpty() && !nonProd.isEmpty()) {
                outcomes.fail(Subjects.of(identity),
                        "spans " + String.join(", ", prod) + " and " + String.join(", ", nonProd), "one environment",
                        "Split the identity into one per environment, each with its own credentials.");
                continue;
            }
            // This identity sits on one side; a holder of the same secret on the other side breaks the separation.
            boolean production = !prod.isEmpty();
            Set<String> across = new LinkedHashSet<>();
            for (Credential credential : identity.credentials()) {
                if (credential.fingerprint() == null || credential.fingerprint().isBlank()) {
                    continue;
                }
                for (Identity other : holders.get(Subjects.fingerprintKey(credential))) {
                    List<String> otherSide = side(other, !production);
                    if (!other.id().equals(identity.id()) && !otherSide.isEmpty()) {
                        across.add(String.join("/", otherSide) + " identity " + other.id());
                    }
                }
            }
            if (across.isEmpty()) {
                outcomes.pass(Subjects.of(identity));
            } else {
                outcomes.fail(Subjects.of(identity), "shares a secret with " + Subjects.listed(across, LISTED), "one environment",
                        "Issue a separate secret in each environment and revoke the one that crosses over.");
            }
        }
    }

    /** The environments an identity names on the production side ({@code true}) or the other side. */
    private static List<String> side(Identity identity, boolean production) {
        return Subjects.values(identity.environment()).stream()
                .filter(v -> PRODUCTION.contains(v.toLowerCase(Locale.ROOT)) == production).toList();
    }

}
