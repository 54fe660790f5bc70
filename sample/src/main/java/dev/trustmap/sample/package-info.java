/**
 * {@code trustmap sample}: a fictional estate written in the real export formats, derived from a seed and a
 * quarter alone, so that the same inputs always give the same bytes and a later quarter shows the same estate aged.
 */
package dev.trustmap.sample;
