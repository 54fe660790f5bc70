package dev.trustmap.model.catalog;

/**
 * Who or what made a mapping and how far it got, in the terms of OSCAL 1.2 mapping provenance.
 *
 * @param method {@code human}, {@code automation} or {@code hybrid}
 * @param status {@code complete}, {@code not-complete}, {@code draft}, {@code deprecated} or {@code superseded}
 * @param reviewed the day it was last reviewed, {@code YYYY-MM-DD}
 */
public record MappingProvenance(String method, String status, String reviewed) {
}
