package dev.trustmap.evidence.format;

/**
 * What a format's evidence shows beyond the identities and credentials it lists, for a check that must know whether
 * silence means "nothing found" or "not looked at". An importer declares it once ({@link Importer#shows}); a check
 * asks {@link Importers#showing} instead of naming formats.
 */
public enum Shows {
    /** Whether each identity has a console password, and when it was last used (so no password is a fact). */
    CONSOLE_PASSWORDS,
    /** A scan of code or history for secrets (so no leak is a fact, not a gap). */
    SECRET_SCAN,
    /**
     * That the format never records when a credential was last used (Anthropic's API keys, AWS IAM service-specific
     * credentials): a credential of it without a last use is "not recorded", never "never used", and is not judged
     * unused.
     */
    LAST_USE_NOT_RECORDED
}
