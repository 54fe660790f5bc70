/**
 * What an owner review campaign hands the next quarter: its results file, for the board, and its decommission
 * list, whose dates reach the identities before the checks run.
 */
package dev.trustmap.evidence.review;
