/**
 * One {@link dev.trustmap.assessment.checks.Check} per automated control: a population, a pass condition driven by
 * the policy, and the observed value each failure reports. Checks never read the clock: only the as-of instant.
 */
package dev.trustmap.assessment.checks;
