/**
 * The assessment in OSCAL 1.1.2: assessment results (one result per period, an observation per control, a finding
 * per mapped framework item, a risk per approved exception) and a plan of action and milestones (a risk and an item
 * per open or accepted finding). See docs/oscal.md.
 */
package dev.trustmap.reports.oscal;
