/**
 * The control catalog as data: controls written once in the shared vocabulary, the frameworks they map onto,
 * and typed mappings (NIST IR 8477 relationships) between them.
 */
package dev.trustmap.model.catalog;
