/**
 * Owner review by spreadsheet. {@link dev.trustmap.review.ReviewSend} writes one workbook per owner from a quarter
 * trustmap assessed; {@link dev.trustmap.review.ReviewCollect} reads the returned workbooks, checks every answer
 * against what was sent, and writes the updated owners workbook, the identity attestations, the decommission list
 * and the campaign's results, which the next quarter reads, with a status report for the people running it.
 */
package dev.trustmap.review;
