package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * LFC-04: federated workload identity in place of static keys.
 *
 * <p>Population: machine-lane identities of class workload or pipeline on a platform that offers workload identity
 * federation (aws, gcp, azure, kubernetes, github) or that is such a federation (spire: a SPIRE registration entry's
 * workload, issued short-lived SVIDs). Passes when the identity holds no active, user-managed static
 * key (access_key, client_secret, api_key, ssh_key, personal_access_token); otherwise reports "static access_key
 * on aws, where federated workload identity is available".
 */
public final class WorkloadFederationCheck implements Check {

    /** Platforms that offer workload identity federation; SPIFFE/SPIRE is one itself, so its workloads are evidence. */
    private static final Set<String> FEDERATING_PLATFORMS = Set.of("aws", "gcp", "azure", "kubernetes", "github",
            "spire");

    // Keys a workload downloads and keeps; a password or a never-expiring token is LFC-01's and LFC-02's concern.
    private static final Set<CredentialKind> STATIC_KEYS = Set.of(CredentialKind.ACCESS_KEY,
            CredentialKind.CLIENT_SECRET, CredentialKind.API_KEY, CredentialKind.SSH_KEY,
            CredentialKind.PERSONAL_ACCESS_TOKEN);

    @Override
    public String controlId() {
        return "LFC-04";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(WorkloadFederationCheck::inPopulation,
                "no workloads on platforms that offer federation", WorkloadFederationCheck::judge);
    }

    private static void judge(Identity identity, Outcomes outcomes) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Credential credential : identity.credentials()) {
            if (STATIC_KEYS.contains(credential.kind()) && LifecycleRules.active(credential)
                    && LifecycleRules.userManaged(credential)) {
                kinds.add(credential.kind().key());
            }
        }
        if (kinds.isEmpty()) {
            outcomes.pass(Subjects.of(identity));
        } else {
            outcomes.fail(Subjects.of(identity), "static " + String.join(" and ", kinds) + " on "
                    + identity.platform().toLowerCase(Locale.ROOT)
                    + ", where federated workload identity is available", "no static keys",
                    "Switch the workload to the platform's workload identity federation and delete its keys.");
        }
    }

    private static boolean inPopulation(Identity identity) {
        return identity.lane() == Lane.MACHINE
                && (identity.actorClass() == ActorClass.WORKLOAD || identity.actorClass() == ActorClass.PIPELINE)
                && identity.platform() != null
                && FEDERATING_PLATFORMS.contains(identity.platform().trim().toLowerCase(Locale.ROOT));
    }
}
