/**
 * Evidence: one {@link dev.trustmap.evidence.format.Importer} per real export format, detected by content, feeding one
 * normalised {@link dev.trustmap.model.inventory.Inventory}. Format packages: {@code aws}, {@code gcp},
 * {@code azure}, {@code kubernetes}, {@code github}, {@code vault}, {@code x509}, {@code scanners}, {@code sheet}.
 */
package dev.trustmap.evidence;
