package dev.trustmap.pack;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a path inside a pack: relative, {@code /}-separated, no {@code ..}, no empty or {@code .} segment,
 * no backslash, drive letter or control character. Anything else could land outside a folder it is extracted to
 * (zip-slip) or mean different files on different systems. The writer and every reader apply the same rule.
 */
final class EntryPaths {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final int MAX_LENGTH = 1024;

    private EntryPaths() {
    }

    /** Why {@code path} cannot be a pack entry, or empty when it can. */
    static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("has an empty name");
        }
        if (path.length() > MAX_LENGTH) {
            return Optional.of("has a name longer than " + MAX_LENGTH + " characters");
        }
        if (path.startsWith("/")) {
            return Optional.of("is an absolute path");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("contains a backslash");
        }
        if (DRIVE.matcher(path).matches()) {
            return Optional.of("starts with a drive letter");
        }
        if (path.endsWith("/")) {
            return Optional.of("is a directory entry; a pack holds files only");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("contains a control character");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("climbs out of the pack with '..'");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return Optional.of("has an empty or '.' segment");
            }
        }
        return Optional.empty();
    }

    /** The path as it may be shown on one line of output: control characters escaped. */
    static String printable(String path) {
        StringBuilder shown = new StringBuilder();
        path.chars().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : (char) c));
        return shown.toString();
    }
}
