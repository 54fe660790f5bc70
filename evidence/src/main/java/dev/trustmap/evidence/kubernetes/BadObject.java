package dev.trustmap.evidence.kubernetes;

/** One object of the export cannot be read; the importer reports it as a bad row and goes on. */
final class BadObject extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fix;

    BadObject(String message, String fix) {
        super(message, null, false, false);
        this.fix = fix;
    }

    String fix() {
        return fix;
    }
}
