/**
 * Secret-scanner reports (gitleaks, trufflehog) as evidence of leaked secrets: each finding becomes a leak linked to
 * a credential by a non-secret key id or the secret's fingerprint. The secret itself is never kept.
 */
package dev.trustmap.evidence.scanners;
