package dev.trustmap.evidence.aws;

/** An element of a JSON export that cannot be read, with the JSON pointer to the part at fault. */
final class BadElement extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    BadElement(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
