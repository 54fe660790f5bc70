/**
 * X.509 certificates as workload identities: PEM bundles, SSL Labs API v3 host reports and testssl.sh CSV, all keyed
 * by the SHA-256 of the certificate's DER so the same certificate seen by several tools becomes one identity.
 */
package dev.trustmap.evidence.x509;
