/**
 * Reports: one {@link dev.trustmap.reports.model.ReportModel} built once from an assessment, and one renderer per
 * output format reading it. No renderer computes a number of its own.
 */
package dev.trustmap.reports;
