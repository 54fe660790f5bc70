/**
 * The policy file (read over the bundled defaults, written back in one canonical form whose SHA-256 identifies
 * it), the exceptions and attestations files, and the rules that say where an exception or attestation stands at
 * the as-of date.
 */
package dev.trustmap.assessment.policy;
