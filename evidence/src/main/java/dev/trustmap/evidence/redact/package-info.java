/**
 * Redacted copies of input files for the auditor's evidence pack: each format keeps its shape and still imports to
 * the same inventory, while every secret value is replaced by a marker that carries only its fingerprint. An
 * importer names its layout and rules with {@link dev.trustmap.evidence.redact.Redaction}; the copiers are internal.
 */
package dev.trustmap.evidence.redact;
