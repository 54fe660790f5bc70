/** Reporting periods: quarters and the instants that bound them. */
package dev.trustmap.model.period;
