/**
 * What an owner review campaign left for the next quarter: its completion ({@link ReviewResults}) and the
 * decommission dates owners promised ({@link Decommission}).
 */
package dev.trustmap.model.review;
