/**
 * HashiCorp Vault: tokens from {@code vault token lookup -format=json} (one or many) and leases from
 * {@code vault lease lookup}. Token values are secrets and leave the parse only as fingerprints.
 */
package dev.trustmap.evidence.vault;
