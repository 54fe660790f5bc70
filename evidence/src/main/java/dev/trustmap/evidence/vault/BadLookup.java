package dev.trustmap.evidence.vault;

/** One lookup in the export cannot be read; the importer reports it as a bad row and goes on. */
final class BadLookup extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fix;

    BadLookup(String message, String fix) {
        super(message, null, false, false);
        this.fix = fix;
    }

    String fix() {
        return fix;
    }
}
