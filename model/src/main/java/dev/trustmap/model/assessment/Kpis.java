package dev.trustmap.model.assessment;

/**
 * The headline numbers. Percentages are null when their population is empty; ages are in days.
 */
public record Kpis(int identities, int machineIdentities, int aiIdentities, int credentials,
        Double ownerCoveragePercent, Double rotationCompliancePercent, Long medianStaticSecretAgeDays,
        Long p90StaticSecretAgeDays, int credentialsWithoutExpiry, int unusedCredentials,
        int aiIdentitiesWithStaticSecrets, int orphanedIdentities, int openLeakedSecrets,
        int certificatesExpiringWithin30Days, int exceptionsActive, int exceptionsExpiringWithin30Days,
        int exceptionsExpired, int openFindings, int acceptedFindings) {
}
