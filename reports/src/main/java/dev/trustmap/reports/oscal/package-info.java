/**
 * The assessment as an OSCAL 1.1.2 assessment-results document: one result per period, an observation per control,
 * a finding per mapped framework item, a risk per approved exception. See docs/oscal.md.
 */
package dev.trustmap.reports.oscal;
