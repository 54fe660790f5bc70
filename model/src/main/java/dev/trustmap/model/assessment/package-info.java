/**
 * An assessment: the findings of every check, each control's result, exceptions and attestations as applied, the
 * scores and KPIs they roll up to, and the status of every framework item. All computed against one as-of instant.
 */
package dev.trustmap.model.assessment;
