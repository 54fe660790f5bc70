package dev.trustmap.evidence.checks;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * ACT-03, a business owner and a stated purpose for every identity. Population: every non-human identity. Passes
 * when both its business owner and its purpose are recorded; a failure's observed value names what is missing,
 * e.g. "missing: business owner, purpose".
 */
public final class BusinessOwnerAndPurposeCheck implements Check {

    @Override
    public String controlId() {
        return "ACT-03";
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
            if (blank(identity.businessOwner())) {
                missing.add("business owner");
            }
            if (blank(identity.purpose())) {
                missing.add("purpose");
            }
            if (missing.isEmpty()) {
                outcomes.pass(Subjects.of(identity));
            } else {
                outcomes.fail(Subjects.of(identity), "missing: " + String.join(", ", missing),
                        "business owner and purpose recorded",
                        "Record the business owner who accepts the identity's risk and the purpose it serves.");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
