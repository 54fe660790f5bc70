/**
 * Redacted copies of input files for the auditor's evidence pack: each format keeps its shape and still imports to
 * the same inventory, while every secret value is replaced by a marker that carries only its fingerprint.
 */
package dev.trustmap.evidence.redact;
