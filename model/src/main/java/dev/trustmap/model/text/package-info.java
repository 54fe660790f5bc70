/** Text rules every output shares, such as keeping spreadsheet cells from running as formulas. */
package dev.trustmap.model.text;
