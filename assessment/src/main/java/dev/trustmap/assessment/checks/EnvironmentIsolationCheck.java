package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * AXS-02, no identity or credential spans production and non-production. Population: non-human identities with a
 * known environment. Fails when the environment field names both a production value (prod, production, prd,
 * live) and another one ("spans prod and staging"), or when one of its credentials' secret also sits on an
 * identity on the other side ("shares a secret with staging identity x").
 *
 * <p>A member that spans both sides, or none of whose secrets another identity holds (the index counts the
 * holders), is judged as it is seen. One holding a shared secret is judged after the last identity, once every
 * other holder's environment is known; only the ids and environments of the holders of shared secrets are kept
 * until then.
 */
public final class EnvironmentIsolationCheck implements Check {

    private static final Set<String> PRODUCTION = Set.of("prod", "production", "prd", "live");
    private static final int LISTED = 3;

    /** A holder of a shared secret: its id and its environments on each side, joined with "/" ("" when none). */
    private record Holder(String id, String production, String nonProduction) {

        String side(boolean production) {
            return production ? this.production : nonProduction;
        }
    }

    /** A member waiting for the other holders of its shared secrets. */
    private record Waiting(Subject subject, String id, boolean production, List<String> sharedKeys) {
    }

    @Override
    public String controlId() {
        return "AXS-02";
    }

    @Override
    public Judgement start(CheckContext context) {
        InventoryIndex index = context.index();
        return new Judgement() {
            /** The holders with an environment of each secret more than one identity holds, in id order. */
            private final Map<String, List<Holder>> holders = new HashMap<>();
            private final List<Waiting> waiting = new ArrayList<>();
            private boolean any;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                List<String> prod = side(identity, true);
                List<String> nonProd = side(identity, false);
                // Every identity, humans included, is a holder; one with no environment is on neither side.
                List<String> sharedKeys = new ArrayList<>();
                for (Credential credential : identity.credentials()) {
                    String key = index.holders(credential) > 1 ? Subjects.fingerprintKey(credential) : null;
                    if (key != null && !sharedKeys.contains(key)) {
                        sharedKeys.add(key);
                        if (!prod.isEmpty() || !nonProd.isEmpty()) {
                            holders.computeIfAbsent(key, k -> new ArrayList<>()).add(new Holder(identity.id(),
                                    String.join("/", prod), String.join("/", nonProd)));
                        }
                    }
                }
                if (identity.lane() == Lane.HUMAN || (prod.isEmpty() && nonProd.isEmpty())) {
                    return;
                }
                any = true;
                if (!prod.isEmpty() && !nonProd.isEmpty()) {
                    outcomes.fail(Subjects.of(identity),
                            "spans " + String.join(", ", prod) + " and " + String.join(", ", nonProd),
                            "one environment",
                            "Split the identity into one per environment, each with its own credentials.");
                } else if (sharedKeys.isEmpty()) {
                    outcomes.pass(Subjects.of(identity));
                } else {
                    waiting.add(new Waiting(Subjects.of(identity), identity.id(), !prod.isEmpty(), sharedKeys));
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (!any) {
                    outcomes.noEvidence("no environment data in the inputs");
                    return;
                }
                for (Waiting member : waiting) {
                    // The member sits on one side; a holder of the same secret on the other side breaks the separation.
                    Set<String> across = new LinkedHashSet<>();
                    for (String key : member.sharedKeys()) {
                        for (Holder other : holders.getOrDefault(key, List.of())) {
                            String otherSide = other.side(!member.production());
                            if (!Objects.equals(other.id(), member.id()) && !otherSide.isEmpty()) {
                                across.add(otherSide + " identity " + other.id());
                            }
                        }
                    }
                    if (across.isEmpty()) {
                        outcomes.pass(member.subject());
                    } else {
                        outcomes.fail(member.subject(), "shares a secret with " + Subjects.listed(across, LISTED),
                                "one environment",
                                "Issue a separate secret in each environment and revoke the one that crosses over.");
                    }
                }
            }
        };
    }

    /** The environments an identity names on the production side ({@code true}) or the other side. */
    private static List<String> side(Identity identity, boolean production) {
        return Subjects.values(identity.environment()).stream()
                .filter(v -> PRODUCTION.contains(v.toLowerCase(Locale.ROOT)) == production).toList();
    }
}
