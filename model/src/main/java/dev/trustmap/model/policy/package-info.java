/** The policy: the thresholds every check judges against, with overrides per lane, actor class and credential kind. */
package dev.trustmap.model.policy;
