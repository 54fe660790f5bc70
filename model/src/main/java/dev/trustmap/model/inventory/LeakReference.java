package dev.trustmap.model.inventory;

import java.time.Instant;

/**
 * A secret-scanner finding that concerns a credential: enough to find it again, never the secret itself.
 *
 * @param findingId the scanner's finding fingerprint (or trustmap's, when the scanner gives none)
 * @param detectedAt when the secret was committed or found, if the scanner says
 */
public record LeakReference(String scanner, String findingId, String rule, String location, Instant detectedAt) {
}
