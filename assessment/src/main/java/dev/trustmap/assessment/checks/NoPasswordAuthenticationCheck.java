package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;

/**
 * AXS-06, keys, certificates or federation instead of passwords. Population: non-human identities with at least one
 * active credential (active unknown counts as active). Fails when an active credential is a password; reports
 * "authenticates with a password" (or "with 2 passwords").
 */
public final class NoPasswordAuthenticationCheck implements Check {

    @Override
    public String controlId() {
        return "AXS-06";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.lane() != Lane.HUMAN
                && i.credentials().stream().anyMatch(NoPasswordAuthenticationCheck::active),
                "no active credentials in the inputs", NoPasswordAuthenticationCheck::judge);
    }

    private static void judge(Identity identity, Outcomes outcomes) {
        long passwords = identity.credentials().stream()
                .filter(c -> active(c) && c.kind() == CredentialKind.PASSWORD).count();
        if (passwords == 0) {
            outcomes.pass(Subjects.of(identity));
        } else {
            outcomes.fail(Subjects.of(identity),
                    "authenticates with " + (passwords == 1 ? "a password" : passwords + " passwords"),
                    "key, certificate or federated token",
                    "Switch the identity to a key pair, certificate or federated token and delete the password.");
        }
    }

    // Unknown (null) is not revoked.
    private static boolean active(Credential credential) {
        return !Boolean.FALSE.equals(credential.active());
    }
}
