/**
 * Building the report model from an assessment, its inventory, the catalog and earlier quarters. The operator rows
 * are built first; the board's figures are counted from them.
 */
package dev.trustmap.reports.build;
