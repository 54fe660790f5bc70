/**
 * Kubernetes: service accounts and their legacy (secret-stored) tokens, read from {@code kubectl get ... -o json}.
 * Projected tokens are never stored in the cluster, so no export shows them.
 */
package dev.trustmap.evidence.kubernetes;
