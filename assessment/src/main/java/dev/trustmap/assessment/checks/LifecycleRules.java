package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialRules;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Instant;

/**
 * The checks' shorthand for what an identity and a credential are (the credential rules themselves live in
 * {@link CredentialRules}, shared with the reports), and the words they count in.
 */
public final class LifecycleRules {

    private LifecycleRules() {
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
