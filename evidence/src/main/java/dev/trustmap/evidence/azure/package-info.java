/**
 * Azure / Entra ID evidence: applications and service principals with their secrets and certificates from Microsoft
 * Graph or the az CLI, and the Graph sign-in activity reports that say when each was last used.
 */
package dev.trustmap.evidence.azure;
