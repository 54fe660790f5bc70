/**
 * The quarterly pipeline as a library: {@link dev.trustmap.quarterly.QuarterlyRun} reads an inputs folder once, imports
 * and assesses it, reads verified history, renders every report and writes the evidence pack, all staged and moved
 * into place together.
 */
package dev.trustmap.quarterly;
