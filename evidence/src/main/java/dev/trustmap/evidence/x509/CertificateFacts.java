package dev.trustmap.evidence.x509;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What every certificate source says about one certificate, and the identity trustmap makes of it.
 *
 * @param sha256 SHA-256 of the DER, 64 lower-case hex digits: the key that merges the sources
 * @param subject the subject's CN, or the whole subject DN when it has none
 * @param issuer the issuer's CN, or the whole issuer DN
 * @param ca true for a CA certificate (basicConstraints present, or an intermediate in a served chain)
 * @param host the host that served it, for leaf certificates; null when the source names none
 */
record CertificateFacts(String sha256, String subject, String issuer, Instant notBefore, Instant notAfter, boolean ca,
        String host, Origin origin) {

    static final String PLATFORM = "x509";

    /**
     * The certificate as an identity {@code x509:<sha256>}: a workload, its issuer as account, the serving host as
     * system (leaf certificates only: an intermediate is not part of the host's system), scope {@code ca} for CA
     * certificates, and one CERTIFICATE credential whose validity period is recomputed from the two dates.
     */
    Identity identity() {
        Long validity = notBefore == null || notAfter == null ? null
                : Duration.between(notBefore, notAfter).getSeconds();
        Credential credential = new Credential(sha256, CredentialKind.CERTIFICATE, null, true, notBefore, null, null,
                notAfter, validity, "sha256:" + sha256.substring(0, 16), List.of(), origin);
        return Identity.builder(PLATFORM + ":" + sha256)
                .name(subject)
                .platform(PLATFORM)
                .account(issuer)
                .actorClass(ActorClass.WORKLOAD)
                .actorClassReason(ca ? "CA certificate" : "TLS certificate")
                .system(ca ? null : host)
                .scopes(ca ? List.of("ca") : List.of())
                .addCredential(credential)
                .build();
    }
}
