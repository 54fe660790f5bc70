/** The people who answer for identities and controls, as the owners workbook records them. */
package dev.trustmap.model.owner;
