package dev.trustmap.model.catalog;

/**
 * One review of the catalog's mappings, as its controls file records it: when, how (OSCAL's {@code human},
 * {@code automation} or {@code hybrid}), by whom, over what, and what it found and changed.
 */
public record CatalogReview(String date, String method, String by, String scope, String outcome) {
}
