package dev.trustmap.assessment.checks;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * AXS-03, no interactive human use of non-human identities. Population: non-human identities that hold a password
 * credential, plus those reported by a source that shows console passwords (the AWS credential report), so an
 * identity it reports without a password counts as seen and clean. Fails when an active password has been used
 * ("console password used 2026-09-12", the latest use); an active password never used passes here (AXS-06
 * reports the password itself).
 */
public final class InteractiveUseCheck implements Check {

    /** Sources whose rows state whether a console password exists and when it was last used. */
    private static final List<String> SHOWS_CONSOLE_PASSWORDS = Importers.all().showing(Shows.CONSOLE_PASSWORDS);

    @Override
    public String controlId() {
        return "AXS-03";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(InteractiveUseCheck::inPopulation, "no source reports interactive sign-in",
                InteractiveUseCheck::judge);
    }

    private static boolean inPopulation(Identity identity) {
        return identity.lane() != Lane.HUMAN
                && (identity.credentials().stream().anyMatch(c -> c.kind() == CredentialKind.PASSWORD)
                        || identity.sources().stream().anyMatch(SHOWS_CONSOLE_PASSWORDS::contains));
    }

    private static void judge(Identity identity, Outcomes outcomes) {
        Instant lastUse = null;
        for (Credential credential : identity.credentials()) {
            // active == null counts as active: an unknown state is not a revoked password.
            if (credential.kind() == CredentialKind.PASSWORD && !Boolean.FALSE.equals(credential.active())
                    && credential.lastUsedAt() != null
                    && (lastUse == null || credential.lastUsedAt().isAfter(lastUse))) {
                lastUse = credential.lastUsedAt();
            }
        }
        if (lastUse == null) {
            outcomes.pass(Subjects.of(identity));
        } else {
            outcomes.fail(Subjects.of(identity),
                    "console password used " + lastUse.atZone(ZoneOffset.UTC).toLocalDate(), "no password sign-in",
                    "Find who signed in as this identity, give them their own account and remove the password.");
        }
    }
}
