package dev.trustmap.sample;

/**
 * A secret committed where it should not be, as gitleaks reports it. {@code secret} is fake by construction: an
 * AWS access key id (an identifier, not the secret key), a token of the sample's own making, or a placeholder.
 *
 * @param author index of the person who committed it
 */
record Leak(String rule, String description, String secret, String match, String file, int line, long committedAt,
        int author, String message) {
}
