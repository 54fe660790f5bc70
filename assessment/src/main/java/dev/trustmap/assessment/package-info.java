/**
 * From an inventory to an assessment: runs every check, applies exceptions and attestations, and rolls results up
 * to controls, domains, lanes, KPIs, framework items and the programme's maturity stage. {@link
 * dev.trustmap.assessment.AssessmentEngine} is the entry point.
 */
package dev.trustmap.assessment;
