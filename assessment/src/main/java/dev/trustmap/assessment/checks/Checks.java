package dev.trustmap.assessment.checks;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Every automated check, in catalog order. Adding a control's check is adding a class and a line here. */
public final class Checks {

    private Checks() {
    }

    public static List<Check> all() {
        return List.of(
                new InventoryCompletenessCheck(),
                new TechnicalOwnerCheck(),
                new BusinessOwnerAndPurposeCheck(),
                new AttributableIdentityCheck(),
                new ControlOwnershipCheck(),
                new OwnerReviewCheck(),
                new StaticSecretRotationCheck(),
                new CredentialExpiryCheck(),
                new ShortLivedAgentCredentialCheck(),
                new WorkloadFederationCheck(),
                new SingleActiveKeyCheck(),
                new CertificateRenewalCheck(),
                new AdministrativeGrantCheck(),
                new EnvironmentIsolationCheck(),
                new InteractiveUseCheck(),
                new AgentScopeCheck(),
                new NoPasswordAuthenticationCheck(),
                new DelegationScopeCheck(),
                new ApprovalExpiryCheck(),
                new SubAgentScopeCheck(),
                new ExecutesAsLinkCheck(),
                new ThirdPartyIdentityCheck(),
                new UnusedCredentialCheck(),
                new DecommissionedIdentityCheck(),
                new DepartedOwnerCheck(),
                new LeakedSecretRevocationCheck(),
                new ExceptionHygieneCheck(),
                new TaskCredentialCheck());
    }

    /** The controls whose checks read identity attestations, in id order: the only ones that take an identity_id. */
    public static Set<String> readingIdentityAttestations() {
        Set<String> ids = all().stream().filter(Check::readsIdentityAttestations).map(Check::controlId)
                .collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSet(ids);
    }
}
