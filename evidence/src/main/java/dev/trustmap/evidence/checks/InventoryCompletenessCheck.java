package dev.trustmap.evidence.checks;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * ACT-01, one inventory of every non-human identity. Population: every non-human identity (an unknown actor class
 * counts as one). Passes when its actor class, platform and environment are all known; a failure's observed value
 * names what is missing, e.g. "missing: actor class, environment".
 */
public final class InventoryCompletenessCheck implements Check {

    @Override
    public String controlId() {
        return "ACT-01";
    }

    @Override
    public void evaluate(CheckContext context, Outcomes outcomes) {
        List<Identity> nhis = context.inventory().identities().stream()
                .filter(i -> i.lane() != Lane.HUMAN).toList();
        if (nhis.isEmpty()) {
            outcomes.noEvidence("no non-human identities in the inputs");
            return;
        }
        for (Identity identity : nhis) {
            List<String> missing = new ArrayList<>();
            if (identity.actorClass() == null) {
                missing.add("actor class");
            }
            if (blank(identity.platform())) {
                missing.add("platform");
            }
            if (blank(identity.environment())) {
                missing.add("environment");
            }
            if (missing.isEmpty()) {
                outcomes.pass(Subjects.of(identity));
            } else {
                outcomes.fail(Subjects.of(identity), "missing: " + String.join(", ", missing),
                        "actor class, platform and environment recorded",
                        "Record the missing attributes for the identity in the inventory sheet.");
            }
        }
    }

    // An empty cell says no more than an absent one.
    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
