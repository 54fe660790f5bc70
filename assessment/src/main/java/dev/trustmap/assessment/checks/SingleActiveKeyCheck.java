package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * LFC-05: at most one active static key per identity.
 *
 * <p>Population: NHIs holding at least one active, user-managed static credential (platform-managed keys are the
 * platform's to retire). Passes when no kind of static credential is held more than once; otherwise reports each
 * repeated kind, "2 active access keys", against "1 active key per kind".
 */
public final class SingleActiveKeyCheck implements Check {

    @Override
    public String controlId() {
        return "LFC-05";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> LifecycleRules.nhi(i)
                && i.credentials().stream().anyMatch(SingleActiveKeyCheck::counted),
                "no active user-managed static credentials in the inputs", SingleActiveKeyCheck::judge);
    }

    private static void judge(Identity identity, Outcomes outcomes) {
        Map<CredentialKind, Integer> counts = new EnumMap<>(CredentialKind.class);
        for (Credential credential : identity.credentials()) {
            if (counted(credential)) {
                counts.merge(credential.kind(), 1, Integer::sum);
            }
        }
        List<String> repeated = new ArrayList<>();
        counts.forEach((kind, n) -> {
            if (n > 1) {
                repeated.add(n + " active " + plural(kind));
            }
        });
        if (repeated.isEmpty()) {
            outcomes.pass(Subjects.of(identity));
        } else {
            outcomes.fail(Subjects.of(identity), String.join(", ", repeated), "1 active key per kind",
                    "Move every consumer to the newest key, then disable and delete the older ones.");
        }
    }

    /** The keys this control counts: static, active, and the owner's to retire rather than the platform's. */
    private static boolean counted(Credential credential) {
        return LifecycleRules.staticSecret(credential) && LifecycleRules.active(credential)
                && LifecycleRules.userManaged(credential);
    }

    /** "access keys", "API keys", "SSH keys", "personal access tokens". */
    static String plural(CredentialKind kind) {
        String words = kind.key().replace('_', ' ').replace("api ", "API ").replace("ssh ", "SSH ");
        return words + "s";
    }
}
