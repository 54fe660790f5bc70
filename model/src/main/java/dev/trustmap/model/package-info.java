/**
 * trustmap's domain types: the shared vocabulary, the catalog, and (later) identities, credentials and findings.
 * Plain records and enums; no I/O and no third-party libraries, so every other module can depend on them.
 */
package dev.trustmap.model;
