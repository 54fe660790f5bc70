/**
 * The report model: the board view and the operator view, built from the same rows so that every board figure is
 * the count or sum of the operator rows behind it.
 */
package dev.trustmap.reports.model;
