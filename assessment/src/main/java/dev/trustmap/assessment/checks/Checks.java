package dev.trustmap.assessment.checks;

import java.util.List;

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
}
