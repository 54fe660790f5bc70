package dev.trustmap.model.problem;

/**
 * One thing wrong with an input.
 *
 * @param file the file as the user named it (or a bundled resource name)
 * @param location where in the file: {@code line 12, column 5}, {@code cell Owners!B7}, {@code /controls/3/id}
 * @param message what is wrong, including what was expected and what was found
 * @param fix what to do about it, or null when the message says it all
 */
public record InputProblem(String file, String location, String message, String fix) {

    /** One line: {@code file:location: message (fix)}. */
    public String describe() {
        StringBuilder line = new StringBuilder(file);
        if (location != null && !location.isEmpty()) {
            line.append(':').append(location);
        }
        line.append(": ").append(message);
        if (fix != null && !fix.isEmpty()) {
            line.append(" Fix: ").append(fix);
        }
        return line.toString();
    }
}
