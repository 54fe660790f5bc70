/**
 * Google Cloud evidence: service accounts and their keys, from gcloud's JSON output and from Cloud Asset Inventory
 * exports and searches.
 */
package dev.trustmap.evidence.gcp;
