/**
 * The control catalog: loading the bundled data and a user's overlay, lint, id resolution, crosswalks between
 * frameworks and coverage. {@link dev.trustmap.mappings.CatalogLoader} is the entry point.
 */
package dev.trustmap.mappings;
