/**
 * The catalog's mappings written out for other tools: an OSCAL 1.2 mapping collection, and the CSV layout that
 * compliance-trestle's {@code csv-to-oscal-mc} task reads.
 */
package dev.trustmap.mappings.export;
