package dev.trustmap.evidence.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialRules;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The checks' shorthand for what an identity and a credential are (the credential rules themselves live in
 * {@link CredentialRules}, shared with the reports), and the words they count in.
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /**
     * Hands {@code judge} every active credential of every NHI that {@code which} accepts, in inventory order;
     * when there is none, says so with {@code noneReason} (the control is then not assessed, never passed).
     */
    static void eachActiveCredential(CheckContext context, Outcomes outcomes, Predicate<Credential> which,
            String noneReason, BiConsumer<Identity, Credential> judge) {
        boolean any = false;
        for (Identity identity : context.inventory().identities()) {
            if (!nhi(identity)) {
                continue;
            }
            for (Credential credential : identity.credentials()) {
                if (active(credential) && which.test(credential)) {
                    any = true;
                    judge.accept(identity, credential);
                }
            }
        }
        if (!any) {
            outcomes.noEvidence(noneReason);
        }
    }

    /** Humans appear only as owners; an identity of unknown class is still an NHI. */
    public static boolean nhi(Identity identity) {
        return identity.lane() != Lane.HUMAN;
    }

    public static boolean active(Credential credential) {
        return CredentialRules.active(credential);
    }

    public static boolean userManaged(Credential credential) {
        return CredentialRules.userManaged(credential);
    }

    public static boolean staticSecret(Credential credential) {
        return CredentialRules.staticSecret(credential);
    }

    public static Instant effectiveExpiry(Credential credential) {
        return CredentialRules.effectiveExpiry(credential);
    }

    public static boolean heldAt(Credential credential, Instant asOf) {
        return CredentialRules.heldAt(credential, asOf);
    }

    /** The kind as written in outputs, {@code unknown} when the source did not say. */
    static String kindKey(Credential credential) {
        return credential.kind() == null ? "unknown" : credential.kind().key();
    }

    /** "1 day", "212 days". */
    static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static String days(long n) {
        return count(n, "day");
    }
}
