/**
 * Parsing shared by the importers: timestamps in every form the exports write, CSV and JSON with locations,
 * fingerprints. Not API.
 */
package dev.trustmap.evidence.internal;
