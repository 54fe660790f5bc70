/**
 * trustmap's own spreadsheets: the inventory sheet for identities without a native export (AI agents included),
 * and the owners workbook (identity owners, control owners, people) with its template, validation and overrides.
 */
package dev.trustmap.evidence.sheet;
