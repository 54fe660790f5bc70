/**
 * The normalised inventory on disk: {@code inventory.json} (read and written, schema-versioned) and the flat
 * CSV, whose columns are those of trustmap's inventory sheet so that it can be imported again.
 */
package dev.trustmap.evidence.inventory;
