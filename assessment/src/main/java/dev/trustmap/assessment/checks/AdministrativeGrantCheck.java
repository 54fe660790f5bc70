package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;

/**
 * AXS-01, no administrative or wildcard grants on non-human identities. Population: non-human identities whose
 * sources say whether they are privileged. Passes when they are not; a failure reports the privilege reason
 * ("attached policy AdministratorAccess"), or "privileged" when no source gave one.
 */
public final class AdministrativeGrantCheck implements Check {

    @Override
    public String controlId() {
        return "AXS-01";
    }

    @Override
    public Judgement start(CheckContext context) {
        // Privileged == null means no source looked at the grants: that is no evidence, not a pass.
        return Populations.identities(i -> i.lane() != Lane.HUMAN && i.privileged() != null,
                "no privilege data in the inputs", AdministrativeGrantCheck::judge);
    }

    private static void judge(Identity identity, Outcomes outcomes) {
        if (identity.privileged()) {
            String reason = identity.privilegeReason() == null || identity.privilegeReason().isBlank()
                    ? "privileged" : identity.privilegeReason();
            outcomes.fail(Subjects.of(identity), reason, "no administrative or wildcard grant",
                    "Replace the administrative grant with a role naming only the actions and resources needed.");
        } else {
            outcomes.pass(Subjects.of(identity));
        }
    }
}
