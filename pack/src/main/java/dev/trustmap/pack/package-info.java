/**
 * The auditor evidence pack: a deterministic zip led by {@code manifest.json} (path, size and SHA-256 of every
 * file), optionally signed with Ed25519, and its verification. The format is described in docs/evidence-pack.md.
 */
package dev.trustmap.pack;
