/**
 * The operator workbook ({@code operator.xlsx}): a summary sheet with a native chart, built in memory because it is
 * small, then every operator table streamed through SXSSF so memory stays bounded however many rows there are.
 */
package dev.trustmap.reports.render.xlsx;
