/**
 * The shared governance vocabulary: five domains, two identity lanes, the actor classes that place an identity
 * in a lane, evidence kinds and severities.
 */
package dev.trustmap.model.vocabulary;
